using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// Default Vietnamese messages for validation attributes that do not set their own, and for model binding
/// errors, so that no English framework text reaches an officer.
/// </summary>
public sealed class VietnameseValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        // A non-nullable number, date or boolean is implicitly required; MVC then makes its own RequiredAttribute
        // for the client with the English "The {0} field is required." (seen on "Số cơ sở được hỗ trợ", "Version").
        // Declaring one here with the Vietnamese text stops that, and changes nothing on the server (never null).
        var type = context.Key.ModelType;
        if (context.Key.MetadataKind == ModelMetadataKind.Property && type.IsValueType
            && Nullable.GetUnderlyingType(type) is null
            && !context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            context.ValidationMetadata.ValidatorMetadata.Add(
                new RequiredAttribute { ErrorMessage = "Vui lòng nhập {0}." });
        }
        // A list (the beneficiaries) binds to an empty list, never null: the implicit "required" of a non-nullable
        // reference type only made the browser refuse an empty multi-select the server accepts.
        if (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
            && !context.Attributes.OfType<RequiredAttribute>().Any())
        {
            foreach (var implicitRequired in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>()
                .ToList())
                context.ValidationMetadata.ValidatorMetadata.Remove(implicitRequired);
            // Or the client validator provider adds it back, in English, from IsRequired.
            context.ValidationMetadata.IsRequired = false;
        }

        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null) continue;
            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => "Vui lòng nhập {0}.",
                StringLengthAttribute { MinimumLength: > 0 } => "{0} phải có từ {2} đến {1} ký tự.",
                StringLengthAttribute => "{0} không được dài quá {1} ký tự.",
                MaxLengthAttribute => "{0} không được dài quá {1} ký tự.",
                MinLengthAttribute => "{0} phải có ít nhất {1} ký tự.",
                RangeAttribute => "{0} phải nằm trong khoảng từ {1} đến {2}.",
                EmailAddressAttribute => "{0} không phải là địa chỉ thư điện tử hợp lệ.",
                CompareAttribute => "{0} và {1} không khớp nhau.",
                RegularExpressionAttribute => "{0} không đúng định dạng.",
                _ => null,
            };
        }
    }

    public static void ConfigureBinding(
        Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages) =>
        ConfigureBinding(messages, null);

    /// <summary>
    /// Model binding messages (a type error in any field) through the shared resources, so that the English
    /// interface says them in English; the Vietnamese text is the key.
    /// </summary>
    public static void ConfigureBinding(
        Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages,
            IStringLocalizer? localizer)
    {
        string L(string text, params object[] arguments) => localizer is null
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, text, arguments)
            : localizer[text, arguments].Value;

        messages.SetValueIsInvalidAccessor(value => L("Giá trị '{0}' không hợp lệ.", value));
        messages.SetValueMustBeANumberAccessor(field => L("{0} phải là một số.", field));
        messages.SetMissingBindRequiredValueAccessor(field => L("Thiếu giá trị cho {0}.", field));
        messages.SetAttemptedValueIsInvalidAccessor((value, field)
            => L("Giá trị '{0}' của {1} không hợp lệ.", value, field));
        messages.SetMissingKeyOrValueAccessor(() => L("Thiếu giá trị."));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => L("Thiếu nội dung yêu cầu."));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => L("Giá trị '{0}' không hợp lệ.", value));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => L("Giá trị không hợp lệ."));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => L("Giá trị phải là một số."));
        messages.SetUnknownValueIsInvalidAccessor(field => L("Giá trị của {0} không hợp lệ.", field));
        messages.SetValueMustNotBeNullAccessor(field => L("Vui lòng nhập {0}.", field));
    }
}
