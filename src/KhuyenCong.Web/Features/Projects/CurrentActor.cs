using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The signed-in user as the domain needs them: id, name and organisation, with the ended organisations it
/// succeeds (so a step on their work records whom it was taken for).
/// </summary>
public sealed class CurrentActor(AppDbContext db, IUserScopeProvider scopes)
{
    private Actor? _actor;

    public async Task<Actor> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (_actor is not null) return _actor;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
                 ?? throw new InvalidOperationException("Not signed in.");
        var row = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.FullName, u.Email, u.OrganisationId }).SingleAsync(ct);
        var name = string.IsNullOrWhiteSpace(row.FullName) ? row.Email ?? id : row.FullName;
        var organisation = await scopes.GetOrganisationAsync(user, ct);
        return _actor = new Actor(id, name, row.OrganisationId)
        {
            OrganisationName = organisation?.Name,
            OrganisationKind = organisation?.Kind,
            Predecessors = await scopes.GetPredecessorsAsync(user, ct),
        };
    }
}
