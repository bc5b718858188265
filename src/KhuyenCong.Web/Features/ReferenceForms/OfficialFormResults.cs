using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.ReferenceForms;

/// <summary>The form in force today in Vietnam, the date the document is signed, for an export action.</summary>
public static class OfficialFormResults
{
    public static Task<OfficialFormText> OfficialFormAsync(this ControllerBase controller, string key)
    {
        var services = controller.HttpContext.RequestServices;
        var today = Infrastructure.VietnamTime.Today(services.GetRequiredService<TimeProvider>());
        return services.GetRequiredService<OfficialFormCatalog>()
            .InForceAsync(key, today, controller.HttpContext.RequestAborted);
    }
}
