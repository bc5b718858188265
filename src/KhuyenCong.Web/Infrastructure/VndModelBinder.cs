using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// Binds <see cref="Vnd"/> form fields typed in triệu đồng through <see cref="Vnd.TryParseMillions"/>,
/// so every amount input accepts and refuses exactly the same things and says what it expected.
/// An empty optional field binds to null; the attempted text is kept for re-display.
/// </summary>
public sealed class VndModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, result);
        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            // Null for Vnd?; a required Vnd reports through [Required] on the view model.
            return Task.CompletedTask;
        }
        if (Vnd.TryParseMillions(text, out var amount, out var template, out var arguments))
        {
            context.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            // Said in the user's language: the Vietnamese template is the resource key.
            var localizer = context.HttpContext.RequestServices.GetService<IStringLocalizer<SharedResource>>();
            var message = localizer?[template, arguments] is { ResourceNotFound: false } english
                ? english.Value : string.Format(System.Globalization.CultureInfo.CurrentCulture, template, arguments);
            context.ModelState.TryAddModelError(context.ModelName, message);
        }
        return Task.CompletedTask;
    }
}
