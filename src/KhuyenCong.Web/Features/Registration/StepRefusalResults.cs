using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// How a cycle controller answers <see cref="IRefusalPages.Refused"/>: the record's page, built when it is written
/// (after the refused change was dropped), with the refusal and the typed values, under the refusal's status.
/// </summary>
public static class StepRefusalResults
{
    /// <param name="page">The record's page (or the step's form) as the refused POST left it.</param>
    /// <param name="typed">What the user typed, listed on the page to copy back.</param>
    public static IActionResult PageWithRefusal(this Controller controller, int status, string message,
        Func<Task<ViewResult>> page, params IEnumerable<string?> typed) =>
        new DeferredPageResult(async () =>
        {
            controller.ViewData[StepRefusal.Key] =
                new StepRefusal(status, message, [.. typed.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!)]);
            var view = await page();
            view.StatusCode = status;
            return view;
        });
}
