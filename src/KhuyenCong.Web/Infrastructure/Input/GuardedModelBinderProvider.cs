using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// Puts <see cref="GuardedModelBinder"/> in front of the binder MVC would otherwise choose for every simple value
/// (strings, numbers, booleans, dates, enums, amounts), whether it is an action parameter or a view-model property,
/// so that every form and filter refuses the same bad input in the same way.
/// </summary>
public sealed class GuardedModelBinderProvider(MvcOptions options, DateWindow dates) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var metadata = context.Metadata;
        if (metadata.IsComplexType && metadata.UnderlyingOrModelType != typeof(Vnd)) return null;
        var source = context.BindingInfo.BindingSource;
        if (source is not null
            && (source.CanAcceptDataFrom(BindingSource.Body) || source.CanAcceptDataFrom(BindingSource.FormFile)
                                   || source.CanAcceptDataFrom(BindingSource.Services)
                                       || source.CanAcceptDataFrom(BindingSource.Special)))
            return null;
        var inner = options.ModelBinderProviders.SkipWhile(p => p != this).Skip(1)
            .Select(p => p.GetBinder(context)).FirstOrDefault(b => b is not null);
        return inner is null ? null : new GuardedModelBinder(inner, dates);
    }
}
