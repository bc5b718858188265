using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// Everything a project's page shows, for a user in scope (null otherwise), with the steps this user may take now.
/// </summary>
public sealed class ProjectDetailsQuery(AppDbContext db, IUserScopeProvider scopes, CurrentActor actors,
    Registration.PackageStepGuard packages)
{
    public async Task<ProjectDetailsViewModel?> LoadAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(user, ct);
        var project = await db.Projects.AsNoTracking().InScope(scope).Include(p => p.CostLines)
            .Include(p => p.Beneficiaries).Include(p => p.History)
            .Include(p => p.Disbursements).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return null;
        var actor = await actors.GetAsync(user, ct);

        var names = await db.Projects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { Content = p.ActivityContent!.Name, Location = p.LocationUnit!.Name })
            .SingleAsync(ct);
        var beneficiaryIds = project.Beneficiaries.Select(b => b.EstablishmentId).ToList();
        var beneficiaries = await db.Establishments.AsNoTracking().Where(e => beneficiaryIds.Contains(e.Id))
            .OrderBy(e => e.SearchKey).ThenBy(e => e.Id)
            .Select(e => new BeneficiaryRow(e.Id, e.Name, e.TaxCode, e.AddressUnit!.Name)).ToListAsync(ct);
        var roleSteps = Enum.GetValues<ProjectAction>()
            .Where(a => a is not (ProjectAction.Created or ProjectAction.Edited)
                        && project.Allows(a) && project.Offers(a)
                        && ProjectRoles.MayTake(user, a, project, actor, scope.IsNationwide))
            .ToList();
        // In a year with a registration round, registering and the ministry's return are the package's steps: no
        // form here, the reason and the package's page instead (the same rule refuses the POST).
        var packageSteps = new List<DutyRefusalRow>();
        foreach (var a in roleSteps.Where(a => Domain.Cycle.PackageSteps.IsPackageStep(project, a)).ToList())
            if (await packages.RefusalAsync(project, a, ct) is { } refusal) packageSteps.Add(new(a, refusal));
        roleSteps.RemoveAll(a => packageSteps.Any(r => r.Action == a));
        var packageLink = project.Fund == Domain.Budgets.Fund.Kcqg
            && ProjectStatusGroups.InRegistration.Contains(project.Status)
            ? await packages.PackageLinkAsync(project, ct) : null;
        // No form for a step the separation of duties gives to someone else; the page says which rule instead.
        var steps = roleSteps.Where(a => project.DutyRefusal(a, actor) is null).ToList();
        var notYours = roleSteps.Except(steps).Select(a => new DutyRefusalRow(a, project.DutyRefusal(a, actor)!))
            .ToList();
        var appraising = steps.Contains(ProjectAction.BaseAppraised) || steps.Contains(ProjectAction.Approved);

        return new ProjectDetailsViewModel
        {
            Project = project,
            Content = names.Content,
            ImplementingOrganisation = await db.OrganisationNameOnAsync(
                project.ImplementingOrganisationId, RecordDate(project), ct),
            Location = names.Location,
            LocationPlace = await db.UnitPlaceAsync(project.LocationUnitId, ct),
            Beneficiaries = beneficiaries,
            History = project.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id)
                .Select(h => new HistoryRow(h.Action, h.FromStatus, h.ToStatus, h.UserName, h.AtUtc, h.Comment,
                        h.DecisionNumber, h.DecisionDate, h.AmountDong, h.Score)
                    { Organisation = h.OrganisationName, OnBehalfOf = h.OnBehalfOfName })
                .ToList(),
            Disbursements = project.Disbursements.OrderBy(d => d.Date)
                .Select(d => new DisbursementRow(d.Kind, d.DocumentNumber, d.Date, d.Amount, d.Note)).ToList(),
            Steps = steps,
            NotYourSteps = notYours,
            PackageSteps = packageSteps,
            PackageLink = packageLink,
            SignedNumbers = await SignedNumbersAsync(project.Id, ct),
            Duplicates = appraising ? await DuplicatesAsync(project, ct) : [],
            Attachments = await db.ProjectAttachments.AsNoTracking().Where(a => a.ProjectId == id)
                .OrderBy(a => a.Id)
                .Select(a => new AttachmentRow(a.Id, a.FileName, a.Size, a.CreatedBy, a.CreatedAtUtc))
                .ToListAsync(ct),
            CanAttach = Policies.Allows(user, Policies.Officers),
            Form = new StepFormModel { Version = project.Version },
        };
    }

    /// <summary>
    /// Nothing was saved: the project's page as stored, with the values typed into the step's form and, for a refused
    /// step (403/409), the reason and that status (the step's form itself only if the user may still take it).
    /// </summary>
    public async Task<IActionResult> StepPageAsync(Controller controller, int id, ProjectAction action,
        StepFormModel form, StepRefusal? refusal, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var model = (await LoadAsync(controller.User, id, ct))!;
        model.Form = form;
        model.FailedStep = action;
        model.Refusal = refusal;
        var view = controller.View("~/Features/Projects/Views/Details.cshtml", model);
        if (refusal is not null) view.StatusCode = refusal.Status;
        return view;
    }

    /// <summary>
    /// The project's date for naming its organisations: its approval decision, else when it was drawn up, at the
    /// latest the end of its plan year (records entered later for a past year keep that year's names).
    /// </summary>
    public static DateOnly RecordDate(Project project) =>
        RecordDate(project.ApprovalDecisionDate, project.Year, project.CreatedAtUtc);

    /// <summary>The same from a projection's columns (a long table's rows).</summary>
    public static DateOnly RecordDate(DateOnly? approvalDecisionDate, int year, DateTime createdAtUtc)
    {
        if (approvalDecisionDate is { } approved) return approved;
        var yearEnd = new DateOnly(year, 12, 31);
        var created = DateOnly.FromDateTime(Infrastructure.VietnamTime.ToLocal(createdAtUtc));
        return created < yearEnd ? created : yearEnd;
    }

    /// <summary>The latest signed draft of each project document, keyed by the step it is for.</summary>
    private async Task<IReadOnlyDictionary<ProjectAction, SignedNumber>> SignedNumbersAsync(int projectId,
        CancellationToken ct)
    {
        var kinds = Documents.DocumentCatalog.ProjectKinds;
        var signed = await db.GeneratedDocuments.AsNoTracking()
            .Where(d => d.SubjectId == projectId && kinds.Contains(d.Kind) && d.SignedNumber != null
                        && d.SignedDate != null)
            .OrderByDescending(d => d.Id)
            .Select(d => new { d.Kind, d.SignedNumber, d.SignedDate })
            .ToListAsync(ct);
        return signed.GroupBy(d => Documents.ProjectDocumentRules.SignedStepOf(d.Kind))
            .ToDictionary(g => g.Key, g => new SignedNumber(g.First().SignedNumber!, g.First().SignedDate!.Value));
    }

    /// <summary>
    /// The duplicate-funding warning for the appraiser (DOMAIN §5): a beneficiary, by tax code, supported for
    /// the same activity content in this year or the two before, by any other project past the draft stage.
    /// </summary>
    public async Task<IReadOnlyList<DuplicateFunding>> DuplicatesAsync(Project project, CancellationToken ct)
    {
        var ids = project.Beneficiaries.Select(b => b.EstablishmentId).ToList();
        var taxCodes = await db.Establishments.AsNoTracking().Where(e => ids.Contains(e.Id) && e.TaxCode != null)
            .Select(e => e.TaxCode!).ToListAsync(ct);
        if (taxCodes.Count == 0) return [];
        var ignored = ProjectStatusGroups.NotFunded;
        var rows = await (
            from p in db.Projects.AsNoTracking()
            where p.Id != project.Id && p.ActivityContentId == project.ActivityContentId
                  && p.Year >= project.Year - 2 && p.Year <= project.Year && !ignored.Contains(p.Status)
            from b in p.Beneficiaries
            join e in db.Establishments on b.EstablishmentId equals e.Id
            where e.TaxCode != null && taxCodes.Contains(e.TaxCode)
            select new DuplicateFunding(e.Name, e.TaxCode!, p.Code, p.Year, p.Status))
            .ToListAsync(ct);
        return rows;
    }
}
