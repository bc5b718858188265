using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// Mid-year adjustment of a plan's estimate (điều chỉnh dự toán, DOMAIN §11.5): a new dated entry with its own
/// decision and reason; the original decision and the earlier entries stay. Only the plan's owner; a closed year
/// answers 409; a rule refused (below what is allocated, no reason) shows the form again with nothing saved.
/// </summary>
[Route("Plans/{id:int}/AdjustEstimate")]
[Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
public sealed class EstimateAdjustmentsController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock)
    : Controller, IRefusalPages
{
    private const string FormView = "~/Features/Plans/Views/AdjustEstimate.cshtml";

    private Func<Task<IActionResult>>? _refusedForm;

    [HttpGet]
    public async Task<IActionResult> Adjust(int id, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct);
        if (plan is null) return refusal!;
        return Form(new EstimateAdjustmentFormModel
        {
            PlanId = id, Version = plan.Version, DecisionDate = VietnamTime.Today(clock),
        }, plan);
    }

    [HttpPost]
    public async Task<IActionResult> Adjust(int id, EstimateAdjustmentFormModel model, CancellationToken ct)
    {
        model.PlanId = id;
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct,
            form: stored => Task.FromResult<IActionResult>(Form(model, stored)));
        if (plan is null) return refusal!;
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            plan.AdjustEstimate(model.Estimate!.Value, model.DecisionNumber!, model.DecisionDate!.Value, model.Reason);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã ghi nhận điều chỉnh dự toán.");
            return RedirectToAction("Details", "Plans", new { id });
        }, _refusedForm = async () =>
        {
            db.ChangeTracker.Clear();
            var fresh = await db.AnnualPlans.AsNoTracking().Include(p => p.OwnerUnit).SingleAsync(p => p.Id == id, ct);
            return Form(model, fresh);
        }, ct);
    }

    private ViewResult Form(EstimateAdjustmentFormModel model, AnnualPlan plan)
    {
        model.Plan = PlanSummary.Of(plan);
        return View(FormView, model);
    }

    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        PlanAccess.Refused(this, statusCode, message, _refusedForm);
}
