using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// Loads a plan for a change by its owner: outside scope → 404; not the fund's officer (the ministry officer for
/// KCQG, the province's department officer for KCĐP) → 403; a closed year → 409 unless the step is about the close
/// itself. Every plan, allocation, adjustment and year-end action goes through here. A refused POST answers its form
/// again with the values typed and the reason (<see cref="RefusedForm"/>), never a bare status page.
/// </summary>
public static class PlanAccess
{
    /// <summary>KCQG belongs to the ministry officer, KCĐP to the province's department officer.</summary>
    public static bool MayManage(ClaimsPrincipal user, Fund fund) =>
        Policies.Allows(user, Policies.KeepersOf(national: fund == Fund.Kcqg));

    /// <param name="form">
    /// For a POST: the form as typed, shown with the reason when the year is closed (a GET gets the refusal page).
    /// </param>
    public static async Task<(AnnualPlan? Plan, IActionResult? Refusal)> LoadForChangeAsync(
        Controller controller, AppDbContext db, IUserScopeProvider scopes, int id, CancellationToken ct,
        bool allowClosed = false, Func<AnnualPlan, Task<IActionResult>>? form = null)
    {
        var plan = await db.AnnualPlans.Include(p => p.OwnerUnit).Include(p => p.Allocations)
            .ThenInclude(a => a.Recipient)
            .Include(p => p.Revisions)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);
        var scope = await scopes.GetAsync(controller.User, ct);
        if (plan is null || !scope.Sees(plan)) return (null, controller.NotFound());
        // KCĐP belongs to the province: the department-officer role held in a nationwide organisation does not reach
        // it.
        if (!MayManage(controller.User, plan.Fund) || (plan.Fund == Fund.Kcdp && scope.IsNationwide))
            return (null, controller.Forbid());
        if (plan.IsClosed && !allowClosed)
        {
            var reason = DomainRefusalText.For(ClosedYear.Refusal(plan.Fund, plan.Year), Localizer(controller));
            return (null, form is null
                ? Refused(controller, StatusCodes.Status409Conflict, reason, plan.Id)
                : RefusedForm.Again(controller, StatusCodes.Status409Conflict, reason, () => form(plan)));
        }
        return (plan, null);
    }

    /// <summary>The refusal page of a plan action: the reason, nothing saved, the way back to the plan.</summary>
    public static IActionResult Refused(Controller controller, int status, string message, int planId)
    {
        var view = controller.View("~/Features/Plans/Views/Refused.cshtml", new PlanRefusalViewModel(message, planId));
        view.StatusCode = status;
        return view;
    }

    /// <summary>
    /// A state or actor refusal met by a plan controller's save (<see cref="IRefusalPages"/>): the refused form again
    /// when the action has one (<paramref name="form"/>), else the refusal page of the plan in the route.
    /// </summary>
    public static IActionResult Refused(Controller controller, int status, string message,
        Func<Task<IActionResult>>? form) => form is null
        ? Refused(controller, status, message, Convert.ToInt32(controller.RouteData.Values.GetValueOrDefault("id"),
            System.Globalization.CultureInfo.InvariantCulture))
        : RefusedForm.Again(controller, status, message, form);

    private static IStringLocalizer Localizer(Controller controller) =>
        controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
}

public sealed record PlanRefusalViewModel(string Message, int PlanId);
