using KhuyenCong.Domain.Commendations;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Commendations;

public sealed class CommendationIndexViewModel
{
    public string? Q { get; init; }
    public RecipientKind? Kind { get; init; }
    public int? Year { get; init; }
    public required PagedList<CommendationRow> List { get; init; }
}
