using System.Security.Claims;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The one way an action answers with official tables: signed for the user's organisation (its letterhead, today
/// in Vietnam, the user as preparer). Resolved from the request's services so that the export actions of many
/// feature controllers need no constructor change.
/// </summary>
public static class OfficialExcelResults
{
    public static async Task<FileResult> OfficialExcelAsync(
        this ControllerBase controller, string fileName, params OfficialTable[] tables) =>
        await OfficialTable.FileAsync(fileName, await controller.OfficialSignatureAsync(), tables,
            controller.HttpContext.RequestAborted);

    /// <summary>The same signature for a print view (its header and signature blocks).</summary>
    public static async Task<OfficialSignature> OfficialSignatureAsync(this ControllerBase controller)
    {
        var services = controller.HttpContext.RequestServices;
        var ct = controller.HttpContext.RequestAborted;
        var letterhead = await services.GetRequiredService<ILetterheadSource>().ForUserAsync(controller.User, ct);
        var today = VietnamTime.Today(services.GetRequiredService<TimeProvider>());
        return new OfficialSignature(letterhead, today, controller.User.FindFirstValue(AppClaims.FullName));
    }
}
