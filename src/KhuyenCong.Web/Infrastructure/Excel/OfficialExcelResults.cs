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
    public static async Task<FileContentResult> OfficialExcelAsync(
        this ControllerBase controller, string fileName, params OfficialTable[] tables)
    {
        var services = controller.HttpContext.RequestServices;
        var ct = controller.HttpContext.RequestAborted;
        var letterhead = await services.GetRequiredService<ILetterheadSource>().ForUserAsync(controller.User, ct);
        var today = VietnamTime.Today(services.GetRequiredService<TimeProvider>());
        var preparer = controller.User.FindFirstValue(AppClaims.FullName);
        return OfficialTable.File(fileName, new OfficialSignature(letterhead, today, preparer), tables);
    }
}
