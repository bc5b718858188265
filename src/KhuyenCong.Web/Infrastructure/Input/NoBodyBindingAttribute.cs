using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// Binds nothing from the request body. The status and error pages are re-executed inside the failed request,
/// which may be a POST whose body was refused half-read (too large, aborted): reading the form again there
/// threw "Reading is already in progress" and the client got a broken response ("HTTP/1.1 0").
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class NoBodyBindingAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
