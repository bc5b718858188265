using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// Answers, for the signed-in user, which administrative units they may see. Every feature asks this.
/// </summary>
public interface IUserScopeProvider
{
    Task<UnitScope> GetAsync(ClaimsPrincipal user, CancellationToken ct = default);

    /// <summary>The user's organisation (null for an unknown user), read from the database once per request.</summary>
    Task<UserOrganisation?> GetOrganisationAsync(ClaimsPrincipal user, CancellationToken ct = default);

    /// <summary>
    /// The ended organisations the user's organisation succeeds, through any chain of successions, with the units
    /// they worked for: whose running work the user's organisation carries on.
    /// </summary>
    Task<IReadOnlyList<PredecessorOrganisation>> GetPredecessorsAsync(
        ClaimsPrincipal user, CancellationToken ct = default);
}

/// <summary>
/// Reads the user's organisation from the database on each request (so a re-assignment takes effect at once)
/// and resolves its scope on the cached unit graph; the result is kept for the rest of the request.
/// </summary>
public sealed class UserScopeProvider(AppDbContext db, AdministrativeUnitGraphCache graphs, TimeProvider clock)
    : IUserScopeProvider
{
    private readonly Dictionary<string, UnitScope> _resolved = [];
    private readonly Dictionary<string, UserOrganisation?> _organisations = [];
    private readonly Dictionary<string, IReadOnlyList<PredecessorOrganisation>> _predecessors = [];

    public async Task<UnitScope> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return UnitScope.Empty;
        if (_resolved.TryGetValue(userId, out var cached)) return cached;

        var organisation = await GetOrganisationAsync(user, ct);
        UnitScope scope;
        if (organisation is null) scope = UnitScope.Empty;
        else if (Organisation.IsNationwide(organisation.Kind)) scope = UnitScope.Nationwide;
        else if (organisation.ScopeUnitId is { } unitId)
        {
            var graph = await graphs.GetAsync(ct);
            scope = graph.ScopeFilter(graph.ScopeOf(unitId));
        }
        else scope = UnitScope.Empty;

        _resolved[userId] = scope;
        return scope;
    }

    public async Task<UserOrganisation?> GetOrganisationAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        if (_organisations.TryGetValue(userId, out var cached)) return cached;
        var organisation = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserOrganisation(u.Organisation.Id, u.Organisation.Name, u.Organisation.Kind,
                u.Organisation.ScopeUnitId, u.Organisation.ValidTo))
            .SingleOrDefaultAsync(ct);
        return _organisations[userId] = organisation;
    }

    public async Task<IReadOnlyList<PredecessorOrganisation>> GetPredecessorsAsync(
        ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || await GetOrganisationAsync(user, ct) is not { } organisation) return [];
        if (_predecessors.TryGetValue(userId, out var cached)) return cached;

        // A few links per organisation; walked level by level (a chain of renamed-and-merged bodies stays short).
        var today = Infrastructure.VietnamTime.Today(clock);
        var found = new Dictionary<int, (string Name, int? UnitId)>();
        var frontier = new List<int> { organisation.Id };
        while (frontier.Count > 0)
        {
            var next = await db.OrganisationSuccessions.AsNoTracking()
                // A successor carries on from the day after the predecessor's last day, not before.
                .Where(s => frontier.Contains(s.SuccessorId) && s.EffectiveFrom <= today)
                .Select(s => new { s.PredecessorId, s.Predecessor.Name, s.Predecessor.ScopeUnitId })
                .ToListAsync(ct);
            frontier = [];
            foreach (var link in next)
                if (link.PredecessorId != organisation.Id
                    && found.TryAdd(link.PredecessorId, (link.Name, link.ScopeUnitId)))
                    frontier.Add(link.PredecessorId);
        }
        var graph = found.Count == 0 ? null : await graphs.GetAsync(ct);
        IReadOnlyList<PredecessorOrganisation> result = [.. found.Select(p => new PredecessorOrganisation(
            p.Key, p.Value.Name, p.Value.UnitId is { } unit ? graph!.Subtree(unit) : new HashSet<int>()))];
        return _predecessors[userId] = result;
    }
}
