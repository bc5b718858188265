using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Authorization;

/// <summary>Answers, for the signed-in user, which administrative units they may see. Every feature asks this.</summary>
public interface IUserScopeProvider
{
    Task<UnitScope> GetAsync(ClaimsPrincipal user, CancellationToken ct = default);
}

/// <summary>
/// Reads the user's organisation from the database on each request (so a re-assignment takes effect at once)
/// and resolves its scope on the cached unit graph; the result is kept for the rest of the request.
/// </summary>
public sealed class UserScopeProvider(AppDbContext db, AdministrativeUnitGraphCache graphs) : IUserScopeProvider
{
    private readonly Dictionary<string, UnitScope> _resolved = [];

    public async Task<UnitScope> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return UnitScope.Empty;
        if (_resolved.TryGetValue(userId, out var cached)) return cached;

        var organisation = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Organisation.Kind, u.Organisation.ScopeUnitId })
            .SingleOrDefaultAsync(ct);

        UnitScope scope;
        if (organisation is null) scope = UnitScope.Empty;
        else if (Organisation.IsNationwide(organisation.Kind)) scope = UnitScope.Nationwide;
        else if (organisation.ScopeUnitId is { } unitId) scope = UnitScope.Of((await graphs.GetAsync(ct)).ScopeOf(unitId));
        else scope = UnitScope.Empty;

        _resolved[userId] = scope;
        return scope;
    }
}
