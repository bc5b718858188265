using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Infrastructure.Refusals;

/// <summary>
/// Implemented (explicitly, so it is no action) by controllers whose workflow refusals have a page of their own:
/// 409 when the record's state does not allow the step, 403 when this person may not take it (self-approval).
/// Without it, <see cref="RefusalResults"/> answers the bare status code.
/// </summary>
public interface IRefusalPages
{
    IActionResult Refused(int statusCode, string message);
}
