using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>Adds the input guards to MVC: the guarded binder first among the binders, the 400 result filter, localized binding messages.</summary>
public sealed class ConfigureInputGuards(IConfiguration configuration, IStringLocalizerFactory localizers) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var minYear = configuration.GetValue("Validation:MinYear", 2000);
        var maxYear = configuration.GetValue("Validation:MaxYear", 2100);
        options.ModelBinderProviders.Insert(0, new GuardedModelBinderProvider(options, minYear, maxYear));
        options.Filters.Add(new ForbiddenCharactersResultFilter());
        // Type errors in any field: Vietnamese, or English when the interface is in English.
        VietnameseValidationMessages.ConfigureBinding(options.ModelBindingMessageProvider, localizers.Create(typeof(SharedResource)));
    }
}
