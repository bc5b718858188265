using KhuyenCong.Web.Features.Budget;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Boundaries;

/// <summary>How the read-only pages (dashboard, reports) answer a filter the resolver refused.</summary>
public static class BoundaryResults
{
    /// <summary>
    /// The refusal as a page: a bad value is 400 with its reason in the user's language (the API gives the same text
    /// as a validation problem); out of scope stays the bare 404 as everywhere else.
    /// </summary>
    public static IActionResult Refused(Controller controller, BudgetFilterResolver.Resolution resolved)
    {
        if (resolved.Error is null) return controller.StatusCode(resolved.Status);
        var localizer = controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var view = controller.View("~/Features/Boundaries/Views/BadFilter.cshtml",
            localizer[resolved.Error, resolved.ErrorArguments ?? []].Value);
        view.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }
}
