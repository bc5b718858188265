using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>The refusals every project action shares: a step not allowed now (409) or by this person (403), with the reason on the page.</summary>
public static class ProjectResults
{
    public static IActionResult Conflict(Controller controller, string message, int projectId) =>
        Refusal(controller, StatusCodes.Status409Conflict, "Không thực hiện được bước này", message, projectId);

    public static IActionResult Forbidden(Controller controller, string message, int projectId) =>
        Refusal(controller, StatusCodes.Status403Forbidden, "Bạn không được thực hiện bước này", message, projectId);

    private static IActionResult Refusal(Controller controller, int status, string title, string message, int projectId)
    {
        var view = controller.View("~/Features/Projects/Views/Refused.cshtml", new RefusalViewModel(title, message, projectId));
        view.StatusCode = status;
        return view;
    }
}

public sealed record RefusalViewModel(string Title, string Message, int ProjectId);
