using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Infrastructure.Refusals;

/// <summary>
/// A refusal page built when it is written, not when the refusal is caught: <see cref="IRefusalPages.Refused"/> is
/// synchronous, but a page that keeps the typed values (the record's page with the step's form as typed) is loaded
/// from the database.
/// </summary>
public sealed class DeferredPageResult(Func<Task<IActionResult>> page) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context) => await (await page()).ExecuteResultAsync(context);
}
