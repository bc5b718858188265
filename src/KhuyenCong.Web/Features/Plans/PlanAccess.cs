using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// Loads a plan for a change by its owner: outside scope → 404; not the fund's officer (the ministry officer for
/// KCQG, the province's department officer for KCĐP) → 403; a closed year → 409 unless the step is about the close
/// itself. Every plan, allocation, adjustment and year-end action goes through here.
/// </summary>
public static class PlanAccess
{
    public static async Task<(AnnualPlan? Plan, IActionResult? Refusal)> LoadForChangeAsync(
        Controller controller, AppDbContext db, IUserScopeProvider scopes, int id, CancellationToken ct,
        bool allowClosed = false)
    {
        var plan = await db.AnnualPlans.Include(p => p.OwnerUnit).Include(p => p.Allocations)
            .ThenInclude(a => a.Recipient)
            .Include(p => p.Revisions)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);
        var scope = await scopes.GetAsync(controller.User, ct);
        if (plan is null || !scope.Contains(((IScopedRecord)plan).ScopeUnitId)) return (null, controller.NotFound());
        // KCĐP belongs to the province: the department-officer role held in a nationwide organisation does not reach
        // it.
        if (!PlansController.MayManage(controller.User, plan.Fund) || (plan.Fund == Fund.Kcdp && scope.IsNationwide))
            return (null, controller.Forbid());
        if (plan.IsClosed && !allowClosed)
            return (null, Refused(controller, StatusCodes.Status409Conflict,
                DomainRefusalText.For(ClosedYear.Refusal(plan.Fund, plan.Year), Localizer(controller)), plan.Id));
        return (plan, null);
    }

    /// <summary>The refusal page of a plan action: the reason, nothing saved, the way back to the plan.</summary>
    public static IActionResult Refused(Controller controller, int status, string message, int planId)
    {
        var view = controller.View("~/Features/Plans/Views/Refused.cshtml", new PlanRefusalViewModel(message, planId));
        view.StatusCode = status;
        return view;
    }

    private static IStringLocalizer Localizer(Controller controller) =>
        controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
}

public sealed record PlanRefusalViewModel(string Message, int PlanId);
