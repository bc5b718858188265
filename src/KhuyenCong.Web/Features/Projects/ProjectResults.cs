using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The refusals every project action shares: a step not allowed now (409) or by this person (403), with the reason
/// on the page. The project controllers also hand them to the refusal path as their <c>IRefusalPages</c>.
/// </summary>
public static class ProjectResults
{
    public static IActionResult Conflict(Controller controller, string message, int projectId) =>
        Refused(controller, StatusCodes.Status409Conflict, message, projectId);

    public static IActionResult Forbidden(Controller controller, string message, int projectId) =>
        Refused(controller, StatusCodes.Status403Forbidden, message, projectId);

    /// <summary>The refusal page for the project the route's <c>id</c> names (every project action has one).</summary>
    public static IActionResult Refused(Controller controller, int status, string message) =>
        Refused(controller, status, message,
            Convert.ToInt32(controller.RouteData.Values.GetValueOrDefault("id"), CultureInfo.InvariantCulture));

    private static IActionResult Refused(Controller controller, int status, string message, int projectId)
    {
        var title = status == StatusCodes.Status403Forbidden
            ? "Bạn không được thực hiện bước này"
            : "Không thực hiện được bước này";
        var view = controller.View("~/Features/Projects/Views/Refused.cshtml",
            new RefusalViewModel(title, message, projectId));
        view.StatusCode = status;
        return view;
    }
}
