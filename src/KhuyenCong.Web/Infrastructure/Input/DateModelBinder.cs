using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// Binds <see cref="DateOnly"/> and <see cref="DateTime"/> fields and query values through <see cref="DateText"/>
/// (dd/MM/yyyy), the same in Vietnamese and English and in the query string (whose culture is invariant, i.e.
/// month-first, in MVC). An impossible date and an unreadable one each get their own message; the typed text
/// is kept for re-display.
/// </summary>
public sealed class DateModelBinder : IModelBinder
{
    public const string ImpossibleMessage = "{0}: không có ngày {1} (nhập ngày theo dạng dd/MM/yyyy).";
    public const string UnreadableMessage = "{0} phải là một ngày theo dạng dd/MM/yyyy, ví dụ 15/03/2026.";

    public Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, result);
        var text = result.FirstValue;
        var metadata = context.ModelMetadata;
        switch (DateText.TryRead(text, out var date))
        {
            case DateText.Outcome.Date:
                context.Result = ModelBindingResult.Success(metadata.UnderlyingOrModelType == typeof(DateTime)
                    ? date.ToDateTime(TimeOnly.MinValue) : date);
                break;
            case DateText.Outcome.Empty when metadata.IsReferenceOrNullableType:
                context.Result = ModelBindingResult.Success(null);
                break;
            case DateText.Outcome.Empty:
                context.ModelState.TryAddModelError(context.ModelName,
                    metadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(FieldName(context)));
                break;
            case DateText.Outcome.Impossible:
                AddError(context, ImpossibleMessage, FieldName(context), text!.Trim());
                break;
            default:
                AddError(context, UnreadableMessage, FieldName(context));
                break;
        }
        return Task.CompletedTask;
    }

    // A filter's "from" parameter has no display name: its field name is the best we have.
    private static string FieldName(ModelBindingContext context) =>
        context.ModelMetadata.DisplayName ?? context.ModelMetadata.Name ?? context.ModelName;

    private static void AddError(ModelBindingContext context, string message, params object[] arguments)
    {
        var localizer = context.HttpContext.RequestServices.GetService<IStringLocalizer<SharedResource>>();
        var text = localizer is null
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, message, arguments)
            : localizer[message, arguments].Value;
        context.ModelState.TryAddModelError(context.ModelName, text);
        InputGuardErrors.For(context.HttpContext).Messages.Add(text);
    }
}
