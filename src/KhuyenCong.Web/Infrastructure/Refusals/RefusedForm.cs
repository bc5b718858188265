using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Infrastructure.Refusals;

/// <summary>
/// The page of a refused POST whose form has nothing wrong in it but may not be taken now (409: the record's state;
/// 403: this person, e.g. separation of duties): the same form again, as typed, with the reason in its summary and
/// the refusal's status code. For <see cref="IRefusalPages.Refused"/> implementations; nothing was saved.
/// </summary>
public static class RefusedForm
{
    public static IActionResult Again(Controller controller, int status, string reason,
        Func<Task<IActionResult>> form) => new DeferredPageResult(async () =>
        {
            controller.ModelState.AddModelError("", reason);
            var page = await form();
            if (page is ViewResult view) view.StatusCode = status;
            return page;
        });
}
