using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>Chooses <see cref="DateModelBinder"/> for every DateOnly and DateTime value, nullable or not.</summary>
public sealed class DateModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) || context.Metadata.UnderlyingOrModelType
            == typeof(DateTime)
            ? new DateModelBinder()
            : null;
}
