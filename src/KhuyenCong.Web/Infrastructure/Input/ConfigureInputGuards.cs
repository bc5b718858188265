using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// Adds the input guards to MVC: the guarded binder first among the binders, the 400 result filter, localized binding
/// messages.
/// </summary>
public sealed class ConfigureInputGuards(DateWindow dates, IStringLocalizerFactory localizers)
    : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        // Dates are dd/MM/yyyy in every language and in query strings too; the guarded binder wraps this one.
        options.ModelBinderProviders.Insert(0, new DateModelBinderProvider());
        options.ModelBinderProviders.Insert(0, new GuardedModelBinderProvider(options, dates));
        options.Filters.Add(new ForbiddenCharactersResultFilter());
        // Type errors in any field: Vietnamese, or English when the interface is in English.
        VietnameseValidationMessages.ConfigureBinding(options.ModelBindingMessageProvider,
            localizers.Create(typeof(SharedResource)));
    }
}
