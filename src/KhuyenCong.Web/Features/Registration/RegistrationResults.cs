using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>The refusal page of the registration screens: the reason, nothing saved, and the way back.</summary>
public static class RegistrationResults
{
    public const string ViewPath = "~/Features/Registration/Views/Refused.cshtml";

    public static IActionResult Refused(Controller controller, int status, string message, string backUrl)
    {
        var title = status == StatusCodes.Status403Forbidden
            ? "Bạn không được thực hiện bước này"
            : "Không thực hiện được bước này";
        var view = controller.View(ViewPath, new RegistrationRefusal(title, message, backUrl));
        view.StatusCode = status;
        return view;
    }
}
