using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.Budget;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// Extension projects: the scoped list, a project's page with its timeline, and drafting (local and
/// department officers). The workflow steps are in <see cref="ProjectStepsController"/>.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ProjectsController(
    AppDbContext db, IUserScopeProvider scopes, CurrentActor actors, ProjectRules rules, BudgetOverviewQuery budget,
    ProjectDetailsQuery details, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    public async Task<IActionResult> Index(int? year, string? fund, string? province,
        ProjectStatus? status, int? content,
        ProjectKind? kind, string? q, int page = 1, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(User, ct);
        var inScope = await budget.ProvincesAsync(scope, ct);
        var map = ProvinceOffers.CurrentOnly(year) ? await ProvinceMap.LoadAsync(db, ct) : null;
        var filter = new ProjectFilter(year, FundNames.TryParse(fund, out var f) ? f : null, province,
            status, content, kind, q, string.IsNullOrWhiteSpace(province) ? null
                : ProvinceOffers.Codes(province.Trim(), inScope, year, map));
        var list = await ProjectListQuery.PageAsync(db, ProjectListQuery.Filtered(db, scope, filter).AsNoTracking(),
            page, ct);
        var places = await db.UnitPlacesAsync(list.Items.Select(r => r.LocationUnitId), ct);
        foreach (var row in list.Items) row.Place = places.GetValueOrDefault(row.LocationUnitId);
        return View(new ProjectIndexViewModel(filter, list, await ContentsAsync(ct),
            map is null ? inScope : ProvinceOffers.For(inScope, year, map), ProjectRoles.MayDraft(User)));
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await details.LoadAsync(User, id, ct);
        return model is null ? NotFound() : View(model);
    }

    /// <param name="year">The plan year to start with (this year by default): it decides what the pickers offer.</param>
    [HttpGet]
    public async Task<IActionResult> Create(int? year, CancellationToken ct)
    {
        if (!ProjectRoles.MayDraft(User)) return Forbid();
        var actor = await actors.GetAsync(User, ct);
        var model = new ProjectFormModel
        {
            Year = year is >= BudgetRules.FirstYear and <= BudgetRules.LastYear ? year : VietnamTime.Today(clock).Year,
            Fund = Fund.Kcdp, Kind = ProjectKind.Single,
            ImplementingOrganisationId = actor.OrganisationId,
        };
        return await FormAsync(model, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Create(ProjectFormModel model, CancellationToken ct)
    {
        if (!ProjectRoles.MayDraft(User)) return Forbid();
        var input = await ReadAsync(model, ct);
        if (input is null) return await FormAsync(model, ct);
        var actor = await actors.GetAsync(User, ct);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var project = new Project(input.Draft, input.Lines, model.BeneficiaryIds, actor,
                clock.GetUtcNow().UtcDateTime);
            // S3 caps: the conditions the support caps read (DOMAIN §5).
            project.SetCapConditions(model.IsCompleteProductionLine, model.IsNewEnterpriseInDisadvantagedArea);
            project.AssignCode(await rules.NextCodeAsync(input.Draft.Fund, input.Draft.Year, input.ProvinceName, ct));
            db.Projects.Add(project);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu dự thảo đề án {0}.", project.Code);
            return RedirectToAction(nameof(Details), new { id = project.Id });
        }, () => FormAsync(model, ct), ct);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var (project, refusal) = await LoadDraftAsync(id, ct);
        if (project is null) return refusal!;
        var model = new ProjectFormModel
        {
            Id = project.Id, Version = project.Version, Code = project.Code, Name = project.Name,
            Kind = project.Kind, Fund = project.Fund,
            Year = project.Year, ActivityContentId = project.ActivityContentId,
            ImplementingOrganisationId = project.ImplementingOrganisationId,
            LocationGeneration = project.LocationUnit!.Generation, LocationCode = project.LocationUnit.Code,
            Objectives = project.Objectives, ExpectedResults = project.ExpectedResults,
            EstablishmentsSupported = project.EstablishmentsSupported,
            WorkersTrained = project.WorkersTrained, Machines = project.Machines,
            DemonstrationModels = project.DemonstrationModels, Jobs = project.Jobs,
            StartDate = project.StartDate, EndDate = project.EndDate,
            IsCompleteProductionLine = project.IsCompleteProductionLine,
            IsNewEnterpriseInDisadvantagedArea = project.IsNewEnterpriseInDisadvantagedArea,
            BeneficiaryIds = project.Beneficiaries.Select(b => b.EstablishmentId).ToList(),
            CostLines = project.CostLines.OrderBy(l => l.Order).Select(l => new CostLineInput
            {
                Item = l.Item, Total = l.Total, FundSupport = l.FundSupport, Contribution = l.Contribution,
                OtherSources = l.OtherSources, Note = l.Note,
            }).ToList(),
        };
        return await FormAsync(model, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, ProjectFormModel model, CancellationToken ct)
    {
        var (project, refusal) = await LoadDraftAsync(id, ct);
        if (project is null) return refusal!;
        model.Id = id;
        model.Code = project.Code;
        var input = await ReadAsync(model, ct);
        if (input is null) return await FormAsync(model, ct);
        db.Entry(project).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            project.Edit(input.Draft, input.Lines, model.BeneficiaryIds, await actors.GetAsync(User, ct),
                clock.GetUtcNow().UtcDateTime);
            // S3 caps: the conditions the support caps read (DOMAIN §5).
            project.SetCapConditions(model.IsCompleteProductionLine, model.IsNewEnterpriseInDisadvantagedArea);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "Đã lưu dự thảo.";
            return RedirectToAction(nameof(Details), new { id });
        }, () => FormAsync(model, ct), ct);
    }

    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        ProjectResults.Refused(this, statusCode, message);

    private async Task<(Project? Project, IActionResult? Refusal)> LoadDraftAsync(int id, CancellationToken ct)
    {
        var project = await db.Projects.Include(p => p.CostLines).Include(p => p.Beneficiaries)
            .Include(p => p.LocationUnit)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);
        var scope = await scopes.GetAsync(User, ct);
        if (project is null || !scope.Contains(project.LocationUnitId)) return (null, NotFound());
        if (!ProjectRoles.MayDraft(User)) return (null, Forbid());
        if (project.Status != ProjectStatus.Draft)
            return (null, ProjectResults.Conflict(this,
                $"Đề án đang ở trạng thái \"{ProjectNames.Status(project.Status)}\": chỉ sửa được dự thảo.", id));
        return (project, null);
    }

    private sealed record Input(ProjectDraft Draft, List<CostLine> Lines, string ProvinceName);

    /// <summary>Checks what the form refers to (unit, organisation, content, beneficiaries in scope) and builds the
    /// cost lines; null when anything is wrong.</summary>
    private async Task<Input?> ReadAsync(ProjectFormModel model, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        // The plan year decides which units and organisations the project may refer to (DOMAIN §10).
        var period = model.Year is { } year && ModelState.GetFieldValidationState(nameof(model.Year))
            != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            ? ProjectPickers.PeriodOf(year, VietnamTime.Today(clock)) : null;
        AdministrativeUnit? location = null;
        if (model.LocationGeneration is { } generation && !string.IsNullOrWhiteSpace(model.LocationCode))
        {
            var code = model.LocationCode.Trim();
            location = await db.AdministrativeUnits.AsNoTracking()
                .SingleOrDefaultAsync(u => u.Generation == generation && u.Code == code, ct);
            if (location is null || !scope.Contains(location.Id))
                ModelState.AddModelError(nameof(model.LocationCode),
                    $"Không có huyện/xã mã {code} trong địa bàn của bạn.");
            else if (location.Level == UnitLevel.Province)
                ModelState.AddModelError(nameof(model.LocationCode),
                    "Hãy chọn huyện hoặc xã nơi thực hiện đề án, không chọn cả tỉnh.");
            else if (period is not null && !period.Allows(location))
            {
                var replacement = await db.UnitReplacementAsync(location, ct);
                Refuse(nameof(model.LocationCode), () => period.Require(location, replacement));
            }
        }
        if (model.ImplementingOrganisationId is { } orgId && model.Fund is { } fund)
        {
            var organisation = await rules.Implementers(scope, await actors.GetAsync(User, ct))
                .Include(o => o.ScopeUnit).SingleOrDefaultAsync(o => o.Id == orgId, ct);
            if (organisation is null)
                ModelState.AddModelError(nameof(model.ImplementingOrganisationId),
                    "Đơn vị thực hiện không thuộc phạm vi của bạn.");
            else if (!Allocation.CanReceive(fund, organisation.Kind))
                ModelState.AddModelError(nameof(model.ImplementingOrganisationId),
                    $"{organisation.Name} không nhận kinh phí {FundNames.Code(fund)} " +
                    "nên không thực hiện được đề án này.");
            else if (period is not null && !period.Allows(organisation, organisation.ScopeUnit?.Generation))
            {
                var replacement = await db.OrganisationReplacementAsync(organisation, ct);
                Refuse(nameof(model.ImplementingOrganisationId),
                    () => period.Require(organisation, organisation.ScopeUnit, replacement));
            }
        }
        if (model.ActivityContentId is { } contentId && !await db.ActivityContents.AnyAsync(c => c.Id == contentId, ct))
            ModelState.AddModelError(nameof(model.ActivityContentId), "Nội dung khuyến công không có trong danh mục.");
        await CheckBeneficiariesAsync(model, scope, ct);

        var lines = new List<CostLine>();
        var order = 0;
        for (var i = 0; i < model.CostLines.Count; i++)
        {
            var line = model.CostLines[i];
            if (line.IsBlank) continue;
            order++;
            var prefix = $"{nameof(model.CostLines)}[{i}]";
            if (string.IsNullOrWhiteSpace(line.Item)) ModelState.AddModelError($"{prefix}.{nameof(line.Item)}",
                $"Dòng dự toán {i + 1}: chưa nhập nội dung chi.");
            if (line.Total is null && ModelState.GetFieldValidationState($"{prefix}.{nameof(line.Total)}")
                != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                ModelState.AddModelError($"{prefix}.{nameof(line.Total)}",
                    $"Dòng dự toán {i + 1}: chưa nhập tổng kinh phí.");
            if (!ModelState.IsValid) continue;
            if (this.TryBuild($"{prefix}.{nameof(line.Total)}",
                    () => new CostLine(order, line.Item!, line.Total!.Value, line.FundSupport ?? Vnd.Zero,
                        line.Contribution ?? Vnd.Zero, line.OtherSources ?? Vnd.Zero, line.Note),
                    out var built))
                lines.Add(built!);
        }
        if (!ModelState.IsValid) return null;

        var provinceName = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && u.Generation == location!.Generation
                && u.Code == location.ProvinceCode)
            .Select(u => u.Name).SingleAsync(ct);
        var draft = new ProjectDraft(model.Name!, model.Kind!.Value, model.Fund!.Value, model.Year!.Value,
            model.ActivityContentId!.Value,
            model.ImplementingOrganisationId!.Value, location!.Id, location.ProvinceCode,
            model.Objectives, model.ExpectedResults,
            new ProjectIndicators(model.EstablishmentsSupported, model.WorkersTrained, model.Machines,
                model.DemonstrationModels, model.Jobs),
            model.StartDate, model.EndDate);
        return new Input(draft, lines, provinceName);
    }

    private async Task CheckBeneficiariesAsync(ProjectFormModel model, UnitScope scope, CancellationToken ct)
    {
        model.BeneficiaryIds = model.BeneficiaryIds.Distinct().ToList();
        if (model.BeneficiaryIds.Count == 0) return;
        var ids = model.BeneficiaryIds;
        var found = await db.Establishments.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.AddressUnitId }).ToListAsync(ct);
        if (found.Count != ids.Count || found.Any(e => !scope.Contains(e.AddressUnitId)))
            ModelState.AddModelError(nameof(model.BeneficiaryIds),
                "Có cơ sở thụ hưởng không tồn tại hoặc không thuộc địa bàn của bạn.");
    }

    private async Task<IActionResult> FormAsync(ProjectFormModel model, CancellationToken ct)
    {
        while (model.CostLines.Count < ProjectFormModel.CostLineRows) model.CostLines.Add(new CostLineInput());
        var scope = await scopes.GetAsync(User, ct);
        var actor = await actors.GetAsync(User, ct);
        model.ActivityContents = await ContentsAsync(ct);
        var period = ProjectPickers.PeriodOf(model.Year, VietnamTime.Today(clock));
        model.Period = period;
        model.Organisations = await ProjectPickers.OrganisationsAsync(rules, scope, actor, period, ct);
        // Only the chosen beneficiaries are listed; the picker searches the rest (Establishments/Picker/Search).
        var chosen = model.BeneficiaryIds;
        var beneficiaries = await db.Establishments.AsNoTracking().InScope(scope).Where(e => chosen.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.TaxCode, e.SearchKey }).ToListAsync(ct);
        model.Establishments = [.. beneficiaries.OrderBy(e => e.SearchKey, StringComparer.Ordinal).ThenBy(e => e.Id)
            .Select(e => new SelectListItem(Establishments.EstablishmentPickerItem.Label(e.Name, e.TaxCode),
                e.Id.ToString(), true))];
        model.LocationChain = await LocationChainAsync(model, scope, ct);
        model.LegalForms = await db.LegalForms.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder)
            .Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToListAsync(ct);
        return View("Edit", model);
    }

    /// <summary>The pickers for another plan year, as the form reloads them when the year changes.</summary>
    [HttpGet]
    public async Task<IActionResult> Options(int year, CancellationToken ct)
    {
        if (!ProjectRoles.MayDraft(User)) return Forbid();
        var scope = await scopes.GetAsync(User, ct);
        var period = ProjectPickers.PeriodOf(year, VietnamTime.Today(clock));
        var organisations = await ProjectPickers.OrganisationsAsync(rules, scope, await actors.GetAsync(User, ct),
            period, ct);
        // The place is chosen with the cascading picker (AdminUnits/Picker), which follows the year itself.
        return Json(new
        {
            generations = period.Generations.Select(g => g.ToString()),
            organisations = organisations.Select(o => new { value = o.Value, text = o.Text }),
        });
    }

    /// <summary>
    /// The typed place and the units above it (province first), so the picker shows the choice again after a refused
    /// save; empty when the code is unknown or outside scope.
    /// </summary>
    private async Task<IReadOnlyList<AdminUnits.UnitPickerItem>> LocationChainAsync(ProjectFormModel model,
        UnitScope scope, CancellationToken ct)
    {
        if (model.LocationGeneration is not { } generation || string.IsNullOrWhiteSpace(model.LocationCode)) return [];
        var code = model.LocationCode.Trim();
        var unit = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Generation == generation && u.Code == code)
            .Select(u => new { u.Id, u.ParentId, GrandparentId = u.Parent != null ? u.Parent.ParentId : null })
            .SingleOrDefaultAsync(ct);
        if (unit is null || !scope.Contains(unit.Id)) return [];
        var ids = new[] { unit.GrandparentId, unit.ParentId, unit.Id }.OfType<int>().ToList();
        var units = await db.AdministrativeUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.Level, u.Generation }).ToListAsync(ct);
        return [.. units.OrderBy(u => u.Level).Select(u => AdminUnits.UnitPickerItem.From(u.Id, u.Code, u.Name,
            u.Level, u.Generation, scope.Contains(u.Id), localizer))];
    }

    /// <summary>A domain refusal as a message on the field it concerns.</summary>
    private void Refuse(string key, Action check) => this.TryBuild<object?>(key, () =>
    {
        check();
        return null;
    }, out _);

    private async Task<IReadOnlyList<SelectListItem>> ContentsAsync(CancellationToken ct) =>
        await db.ActivityContents.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToListAsync(ct);
}
