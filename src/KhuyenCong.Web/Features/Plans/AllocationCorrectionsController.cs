using KhuyenCong.Data;
using KhuyenCong.Data.Projects;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// A correction of one allocation entry (DOMAIN §4: allocations are append-only, a correction is a new signed entry
/// with its decision and reason), by the plan's owner, at /Plans/Correct/{id}?allocationId=… as before the plan pages
/// were split. Below what the recipient's running projects hold, or without a reason: the form again, nothing saved.
/// </summary>
[Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
public sealed class AllocationCorrectionsController(
    AppDbContext db, IUserScopeProvider scopes, ProjectRules projectRules, TimeProvider clock)
    : Controller, IRefusalPages
{
    private const string FormView = "~/Features/Plans/Views/Correct.cshtml";

    private Func<Task<IActionResult>>? _refusedForm;

    [HttpGet("Plans/Correct/{id:int}")]
    public async Task<IActionResult> Correct(int id, int allocationId, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct);
        if (plan is null) return refusal!;
        if (plan.Allocations.All(a => a.Id != allocationId)) return NotFound();
        return await FormAsync(new CorrectionFormModel
        {
            PlanId = id, AllocationId = allocationId, Version = plan.Version, DecisionDate = VietnamTime.Today(clock),
        }, plan, ct);
    }

    [HttpPost("Plans/Correct/{id:int}")]
    public async Task<IActionResult> Correct(int id, int allocationId, CorrectionFormModel model,
        CancellationToken ct)
    {
        model.AllocationId = allocationId;
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct,
            form: stored => stored.Allocations.Any(a => a.Id == allocationId)
                ? FormAsync(model, stored, ct) : Task.FromResult<IActionResult>(NotFound()));
        if (plan is null) return refusal!;
        var original = plan.Allocations.SingleOrDefault(a => a.Id == allocationId);
        if (original is null) return NotFound();
        if (!ModelState.IsValid) return await FormAsync(model, plan, ct);
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            var committed = await projectRules.CommittedAsync(original.RecipientId, plan.Fund, plan.Year,
                exceptProjectId: 0, ct);
            plan.Correct(original, model.Change!.Value, model.DecisionNumber!, model.DecisionDate!.Value,
                model.Reason, committed);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã ghi nhận điều chỉnh phân bổ.");
            return RedirectToAction("Details", "Plans", new { id, recipientId = original.RecipientId });
        }, _refusedForm = async () =>
        {
            db.ChangeTracker.Clear();
            var (fresh, _) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct, allowClosed: true);
            return await FormAsync(model, fresh!, ct);
        }, ct);
    }

    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        PlanAccess.Refused(this, statusCode, message, _refusedForm);

    private async Task<IActionResult> FormAsync(CorrectionFormModel model, AnnualPlan plan, CancellationToken ct)
    {
        model.Plan = PlanSummary.Of(plan);
        model.Original = await db.Allocations.AsNoTracking().Where(a => a.Id == model.AllocationId)
            .Select(AllocationEntry.FromAllocation).SingleAsync(ct);
        return View(FormView, model);
    }
}
