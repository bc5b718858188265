using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Organisations;

public sealed class OrganisationIndexViewModel
{
    public string? Q { get; init; }
    public OrganisationKind? Kind { get; init; }
    public bool Closed { get; init; }
    public required PagedList<OrganisationRow> List { get; init; }
}
