using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Establishments;

public sealed class EstablishmentIndexViewModel
{
    public string? Q { get; init; }
    public required PagedList<EstablishmentRow> List { get; init; }
}
