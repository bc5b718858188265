using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// Ties a tranche entry (QĐ giao kế hoạch) to the projects it funds (DOMAIN §11.4): the plan's owner picks among the
/// approved projects of the recipient for the plan's fund and year and sees their approved support against the
/// entry's amount. A project outside that list is refused with the reason and nothing saved; a closed year, 409.
/// </summary>
[Route("Plans/{id:int}/Allocations/{allocationId:int}/Projects")]
[Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
public sealed class AllocationLinksController(AppDbContext db, IUserScopeProvider scopes) : Controller, IRefusalPages
{
    private const string FormView = "~/Features/Plans/Views/LinkProjects.cshtml";

    private Func<Task<IActionResult>>? _refusedForm;

    [HttpGet]
    public async Task<IActionResult> Link(int id, int allocationId, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct);
        if (plan is null) return refusal!;
        var allocation = plan.Allocations.SingleOrDefault(a => a.Id == allocationId);
        if (allocation is null) return NotFound();
        var linked = await db.AllocationProjects.AsNoTracking().Where(l => l.AllocationId == allocationId)
            .Select(l => l.ProjectId).ToListAsync(ct);
        return await FormAsync(new LinkProjectsFormModel { Version = plan.Version, ProjectIds = linked },
            plan, allocation, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Link(int id, int allocationId, LinkProjectsFormModel model,
        CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct,
            form: stored => stored.Allocations.SingleOrDefault(a => a.Id == allocationId) is { } entry
                ? FormAsync(model, stored, entry, ct) : Task.FromResult<IActionResult>(NotFound()));
        if (plan is null) return refusal!;
        var allocation = plan.Allocations.SingleOrDefault(a => a.Id == allocationId);
        if (allocation is null) return NotFound();
        await db.Entry(allocation).Collection(a => a.Projects).LoadAsync(ct);
        var ids = model.ProjectIds.Distinct().ToList();
        // Never trust ids from a form: the projects are loaded and the domain checks each one.
        var projects = await db.Projects.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        if (projects.Count != ids.Count) return NotFound();
        // Linking changes the plan's version, so two officers linking the same plan at once conflict.
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        db.Entry(plan).Property(p => p.UpdatedAtUtc).IsModified = true;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            allocation.LinkProjects(projects, [allocation.RecipientId]);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã gắn {0} đề án với khoản giao kinh phí.", projects.Count);
            return RedirectToAction("Details", "Plans", new { id });
        }, _refusedForm = async () =>
        {
            db.ChangeTracker.Clear();
            var (fresh, _) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct, allowClosed: true);
            return await FormAsync(model, fresh!, fresh!.Allocations.Single(a => a.Id == allocationId), ct);
        }, ct);
    }

    private async Task<IActionResult> FormAsync(LinkProjectsFormModel model, AnnualPlan plan, Allocation allocation,
        CancellationToken ct)
    {
        var approved = ProjectStatusGroups.Approved;
        model.PlanId = plan.Id;
        model.AllocationId = allocation.Id;
        model.Plan = PlanSummary.Of(plan);
        model.Entry = await db.Allocations.AsNoTracking().Where(a => a.Id == allocation.Id)
            .Select(AllocationEntry.FromAllocation).SingleAsync(ct);
        model.Candidates = await db.Projects.AsNoTracking()
            .Where(p => p.ImplementingOrganisationId == allocation.RecipientId && p.Fund == plan.Fund
                        && p.Year == plan.Year && approved.Contains(p.Status))
            .OrderBy(p => p.Code)
            .Select(p => new ProjectCandidate(p.Id, p.Code, p.Name, new Vnd(p.ApprovedSupportDong ?? 0), p.Status))
            .ToListAsync(ct);
        return View(FormView, model);
    }

    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        PlanAccess.Refused(this, statusCode, message, _refusedForm);
}

/// <summary>An approved project of the recipient for the plan's fund and year.</summary>
public sealed record ProjectCandidate(int Id, string Code, string Name, Vnd Approved, ProjectStatus Status);
