using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Data;
using KhuyenCong.Data.Projects;
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
using KhuyenCong.Web.Infrastructure.Caching;
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
    AppDbContext db, IUserScopeProvider scopes, CurrentActor actors, ProjectRules rules,
    ProjectDetailsQuery details, ProjectFormReader reader, ProjectFormOptions options, ProjectFilterResolver filters,
    TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    [CachedPage("year", "fund", "province", "status", "content", "kind", "q", "page")]
    public async Task<IActionResult> Index(int? year, string? fund, string? province,
        ProjectStatus? status, int? content,
        ProjectKind? kind, string? q, int page = 1, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(User, ct);
        var (filter, inScope, map) = await filters.ResolveWithOffersAsync(scope, new ProjectFilter(year,
            FundNames.TryParse(fund, out var f) ? f : null, province, status, content, kind, q), ct);
        var list = await ProjectListQuery.ListPageAsync(db, scope, filter, page, ct);
        var places = await db.UnitPlacesAsync(list.Items.Select(r => r.LocationUnitId), ct);
        foreach (var row in list.Items) row.Place = places.GetValueOrDefault(row.LocationUnitId);
        return View(new ProjectIndexViewModel(filter, list, await options.ContentsAsync(ct),
            map is null ? inScope : ProvinceOffers.For(inScope, year, map), ProjectRoles.MayDraft(User)));
    }

    [CachedPage("id")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await details.LoadAsync(User, id, ct);
        return model is null ? NotFound() : View(model);
    }

    /// <param name="year">
    /// The plan year to start with (this year by default): it decides what the pickers offer.
    /// </param>
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
        var input = await reader.ReadAsync(this, model, ct);
        if (input is null) return await FormAsync(model, ct);
        var actor = await actors.GetAsync(User, ct);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var project = new Project(input.Draft, input.Lines, model.BeneficiaryIds, actor,
                clock.GetUtcNow().UtcDateTime);
            // S3 caps: the conditions the support caps read (DOMAIN §5).
            project.SetCapConditions(model.IsCompleteProductionLine, model.IsNewEnterpriseInDisadvantagedArea);
            project.AssignCode(
                await rules.NextCodeAsync(input.Draft.Fund, input.Draft.Year, input.ProvinceName, ct));
            db.Projects.Add(project);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu dự thảo đề án {0}.", project.Code);
            return RedirectToAction(nameof(Details), new { id = project.Id });
        }, () => FormAsync(model, ct), ct);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var (project, refusal, notDraft) = await LoadDraftAsync(id, ct);
        if (project is null) return refusal!;
        if (notDraft is not null) return ProjectResults.Conflict(this, notDraft, id);
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
        var (project, refusal, notDraft) = await LoadDraftAsync(id, ct);
        if (project is null) return refusal!;
        model.Id = id;
        model.Code = project.Code;
        if (notDraft is not null)
        {
            // Sent meanwhile (a second tab, a colleague): 409 with nothing saved, on the form as typed, so that what
            // was typed can still be copied.
            ModelState.AddModelError("", notDraft);
            var form = (ViewResult)await FormAsync(model, ct);
            form.StatusCode = StatusCodes.Status409Conflict;
            return form;
        }
        var input = await reader.ReadAsync(this, model, ct);
        if (input is null) return await FormAsync(model, ct);
        db.Entry(project).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            project.Edit(input.Draft, input.Lines, model.BeneficiaryIds, await actors.GetAsync(User, ct),
                clock.GetUtcNow().UtcDateTime);
            // S3 caps: the conditions the support caps read (DOMAIN §5).
            project.SetCapConditions(model.IsCompleteProductionLine, model.IsNewEnterpriseInDisadvantagedArea);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu dự thảo.");
            return RedirectToAction(nameof(Details), new { id });
        }, () => FormAsync(model, ct), ct);
    }

    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        ProjectResults.Refused(this, statusCode, message);

    /// <summary>
    /// The draft to edit: 404 outside scope, 403 without the role; a project past the draft stage comes with the
    /// reason it may not be edited (409), which GET shows as the refusal page and POST on the form as typed.
    /// </summary>
    private async Task<(Project? Project, IActionResult? Refusal, string? NotDraft)> LoadDraftAsync(int id,
        CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var project = await db.Projects.InScope(scope).Include(p => p.CostLines).Include(p => p.Beneficiaries)
            .Include(p => p.LocationUnit)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return (null, NotFound(), null);
        if (!ProjectRoles.MayDraft(User)) return (null, Forbid(), null);
        return (project, null, project.Status == ProjectStatus.Draft ? null
            : localizer["Đề án đang ở trạng thái \"{0}\": chỉ sửa được dự thảo.",
                localizer[ProjectNames.Status(project.Status)]].Value);
    }

    private async Task<IActionResult> FormAsync(ProjectFormModel model, CancellationToken ct)
    {
        await options.FillAsync(User, model, ct);
        return View("Edit", model);
    }

    /// <summary>The pickers for another plan year, as the form reloads them when the year changes.</summary>
    [HttpGet]
    public async Task<IActionResult> Options(int year, CancellationToken ct)
    {
        if (!ProjectRoles.MayDraft(User)) return Forbid();
        var scope = await scopes.GetAsync(User, ct);
        var period = ProjectPickers.PeriodOf(year, VietnamTime.Today(clock));
        var organisations = await ProjectPickers.OrganisationsAsync(db, scope, await actors.GetAsync(User, ct),
            period, ct);
        // The place is chosen with the cascading picker (AdminUnits/Picker), which follows the year itself.
        return Json(new
        {
            generations = period.Generations.Select(g => g.ToString()),
            organisations = organisations.Select(o => new { value = o.Value, text = o.Text }),
        });
    }
}
