using System.Security.Claims;

namespace KhuyenCong.Web.Infrastructure.Documents;

/// <summary>
/// The letterhead of the signed-in user's organisation, for tables and documents made on their behalf.
/// </summary>
public interface ILetterheadSource
{
    Task<Letterhead> ForUserAsync(ClaimsPrincipal user, CancellationToken ct = default);

    Task<Letterhead> ForOrganisationAsync(int organisationId, CancellationToken ct = default);
}
