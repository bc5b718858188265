using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// A request with control characters in a field answers 400: the form again with its values and the message
/// when the action shows a view, the Vietnamese 400 page otherwise (never a redirect that looks like success).
/// </summary>
public sealed class ForbiddenCharactersResultFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (InputGuardErrors.Of(context.HttpContext) is not { ForbiddenCharacters: true }) return;
        switch (context.Result)
        {
            // A refusal page already set (403, 409, 422) or a sign-in challenge keeps its own answer.
            case IStatusCodeActionResult { StatusCode: >= 400 } or ForbidResult or ChallengeResult:
                break;
            case ViewResult view:
                view.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case PartialViewResult partial:
                partial.StatusCode = StatusCodes.Status400BadRequest;
                break;
            default:
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                break;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
