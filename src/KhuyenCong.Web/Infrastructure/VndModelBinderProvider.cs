using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>Hands every <see cref="Vnd"/> (and <c>Vnd?</c>) model property to <see cref="VndModelBinder"/>.</summary>
public sealed class VndModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(Vnd) ? new VndModelBinder() : null;
}
