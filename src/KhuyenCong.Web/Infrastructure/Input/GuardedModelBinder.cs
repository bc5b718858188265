using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// Checks a simple value before and after the usual binder: control characters are refused (the form comes back
/// with the typed value, those characters removed, and a message; the answer is 400), dates outside the portal's
/// window of years are refused, and a value that is not a boolean leaves "false" behind for re-display (the
/// checkbox tag helper throws on anything else). All refusals are validation errors, never exceptions.
/// </summary>
public sealed class GuardedModelBinder(IModelBinder inner, DateWindow dates) : IModelBinder
{
    public const string WindowMessage = "{0}: chỉ nhận ngày từ năm {1} đến năm {2}.";

    public async Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result != ValueProviderResult.None && result.Values.Any(InputText.HasForbidden))
        {
            if (context.ModelMetadata.UnderlyingOrModelType == typeof(bool))
            {
                // Whatever is left after cleaning is no boolean either, and the checkbox tag helper throws on it.
                context.ModelState.SetModelValue(context.ModelName, false, "false");
            }
            else
            {
                var cleaned = result.Values.Select(v => InputText.StripForbidden(v ?? "")).ToArray();
                context.ModelState.SetModelValue(context.ModelName, new ValueProviderResult(cleaned, result.Culture));
            }
            var errors = InputGuardErrors.For(context.HttpContext);
            errors.ForbiddenCharacters = true;
            AddError(context, errors,
                "{0} có ký tự không hợp lệ (ký tự điều khiển); các ký tự đó đã được bỏ, vui lòng kiểm tra lại.");
            return;
        }

        await inner.BindModelAsync(context);

        var type = context.ModelMetadata.UnderlyingOrModelType;
        if (type == typeof(bool) && !context.Result.IsModelSet && result != ValueProviderResult.None
            && context.ModelState.TryGetValue(context.ModelName, out var entry) && entry.Errors.Count > 0)
        {
            context.ModelState.SetModelValue(context.ModelName, false, "false");
            return;
        }

        if (context.Result.IsModelSet && YearOf(context.Result.Model) is { } year && !dates.Contains(year))
        {
            context.Result = ModelBindingResult.Failed();
            AddError(context, InputGuardErrors.For(context.HttpContext), WindowMessage, dates.MinYear, dates.MaxYear);
        }
    }

    private static int? YearOf(object? model) => model switch
    {
        DateOnly d => d.Year,
        DateTime d => d.Year,
        DateTimeOffset d => d.Year,
        _ => null,
    };

    private static void AddError(ModelBindingContext context, InputGuardErrors errors, string message,
        params object[] arguments)
    {
        var localizer = context.HttpContext.RequestServices.GetService<IStringLocalizer<SharedResource>>();
        // An action parameter such as a filter's "from" has no display name: its field name is the best we have.
        var field = context.ModelMetadata.DisplayName ?? context.ModelMetadata.Name ?? context.ModelName;
        object[] all = [field, .. arguments];
        var text = localizer is null ? string.Format(System.Globalization.CultureInfo.CurrentCulture, message, all)
            : localizer[message, all].Value;
        context.ModelState.TryAddModelError(context.ModelName, text);
        errors.Messages.Add(text);
    }
}
