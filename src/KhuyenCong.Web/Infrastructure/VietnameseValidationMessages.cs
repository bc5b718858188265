using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// Default Vietnamese messages for validation attributes that do not set their own, and for model binding
/// errors, so that no English framework text reaches an officer.
/// </summary>
public sealed class VietnameseValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
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

    public static void ConfigureBinding(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} phải là một số.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho {field}.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị '{value}' của {field} không hợp lệ.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của {field} không hợp lệ.");
        messages.SetValueMustNotBeNullAccessor(field => $"Vui lòng nhập {field}.");
    }
}
