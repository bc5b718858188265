using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Budget;
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
    ProjectDetailsQuery details, TimeProvider clock) : Controller, IRefusalPages
{
    public async Task<IActionResult> Index(int? year, string? fund, string? province,
        ProjectStatus? status, int? content,
        ProjectKind? kind, string? q, int page = 1, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(User, ct);
        var filter = new ProjectFilter(year, FundNames.TryParse(fund, out var f) ? f : null, province,
            status, content, kind, q);
        var list = await ProjectListQuery.Rows(ProjectListQuery.Filtered(db, scope, filter).AsNoTracking())
            .ToPagedListAsync(page, ct: ct);
        return View(new ProjectIndexViewModel(filter, list, await ContentsAsync(ct),
            await budget.ProvincesAsync(scope, ct), ProjectRoles.MayDraft(User)));
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await details.LoadAsync(User, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        if (!ProjectRoles.MayDraft(User)) return Forbid();
        var actor = await actors.GetAsync(User, ct);
        var model = new ProjectFormModel
        {
            Year = VietnamTime.Today(clock).Year, Fund = Fund.Kcdp, Kind = ProjectKind.Single,
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
        }
        if (model.ImplementingOrganisationId is { } orgId && model.Fund is { } fund)
        {
            var organisation = await rules.Implementers(scope, await actors.GetAsync(User, ct))
                .SingleOrDefaultAsync(o => o.Id == orgId, ct);
            if (organisation is null)
                ModelState.AddModelError(nameof(model.ImplementingOrganisationId),
                    "Đơn vị thực hiện không thuộc phạm vi của bạn.");
            else if (!Allocation.CanReceive(fund, organisation.Kind))
                ModelState.AddModelError(nameof(model.ImplementingOrganisationId),
                    $"{organisation.Name} không nhận kinh phí {FundNames.Code(fund)} " +
                    "nên không thực hiện được đề án này.");
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
        var kinds = Enum.GetValues<OrganisationKind>().Where(k => Allocation.CanReceive(Fund.Kcqg, k)
            || Allocation.CanReceive(Fund.Kcdp, k)).ToList();
        // Organisations have no stored search key: the list is short, so it is ordered here (see
        // VietnameseText.NameOrder).
        var organisations = await rules.Implementers(scope, actor).Where(o => kinds.Contains(o.Kind))
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        model.Organisations = [.. organisations.OrderBy(o => o.Name, VietnameseText.NameOrder).ThenBy(o => o.Id)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))];
        var establishments = db.Establishments.AsNoTracking();
        if (!scope.IsNationwide)
        {
            var ids = scope.UnitIds.ToList();
            establishments = establishments.Where(e => ids.Contains(e.AddressUnitId));
        }
        var chosen = model.BeneficiaryIds;
        model.Establishments = await establishments.OrderBy(e => e.SearchKey).ThenBy(e => e.Id).Take(500)
            .Select(e => new SelectListItem(e.TaxCode == null ? e.Name : e.Name + " – MST " + e.TaxCode,
                e.Id.ToString(), chosen.Contains(e.Id)))
            .ToListAsync(ct);
        if (!scope.IsNationwide)
        {
            var ids = scope.UnitIds.ToList();
            model.Locations = await db.AdministrativeUnits.AsNoTracking()
                .Where(u => ids.Contains(u.Id) && u.Level != UnitLevel.Province)
                .OrderBy(u => u.Generation).ThenBy(u => u.Code).Take(400)
                .Select(u => new SelectListItem(u.Name + (u.Generation == UnitGeneration.Legacy
                    ? " (trước 01/07/2025)" : ""), u.Code))
                .ToListAsync(ct);
        }
        return View("Edit", model);
    }

    private async Task<IReadOnlyList<SelectListItem>> ContentsAsync(CancellationToken ct) =>
        await db.ActivityContents.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToListAsync(ct);
}
