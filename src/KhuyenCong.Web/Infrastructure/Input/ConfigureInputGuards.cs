using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>Adds the input guards to MVC: the guarded binder first among the binders, the 400 result filter.</summary>
public sealed class ConfigureInputGuards(IConfiguration configuration) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var minYear = configuration.GetValue("Validation:MinYear", 2000);
        var maxYear = configuration.GetValue("Validation:MaxYear", 2100);
        options.ModelBinderProviders.Insert(0, new GuardedModelBinderProvider(options, minYear, maxYear));
        options.Filters.Add(new ForbiddenCharactersResultFilter());
    }
}
