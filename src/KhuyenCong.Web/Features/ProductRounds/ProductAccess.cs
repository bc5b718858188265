using System.Security.Claims;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Who sees and runs which product rounds. Officers see the rounds of their scope plus every regional and national
/// round, and within a round the entries of their scope; a council member who is nothing else sees only the rounds
/// they are assigned to, with all their entries.
/// </summary>
public static class ProductAccess
{
    /// <summary>Officers and leaders: they see rounds by scope, not by membership.</summary>
    public static bool IsOfficerOrReader(ClaimsPrincipal user) => Policies.Allows(user, Policies.BusinessReaders);

    public static bool IsCouncilOnly(ClaimsPrincipal user) =>
        Policies.Allows(user, Policies.CouncilMember) && !IsOfficerOrReader(user);

    public static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static IQueryable<ProductRound> Visible(
        this IQueryable<ProductRound> rounds, ClaimsPrincipal user, UnitScope scope)
    {
        if (IsCouncilOnly(user))
        {
            var userId = UserId(user);
            return rounds.Where(r => r.Members.Any(m => m.UserId == userId));
        }
        if (scope.IsNationwide) return rounds;
        var ids = scope.UnitIds.ToList();
        return rounds.Where(r => r.ScopeUnitId == null || ids.Contains(r.ScopeUnitId.Value));
    }

    public static bool CanSee(ProductRound round, ClaimsPrincipal user, UnitScope scope) =>
        IsCouncilOnly(user)
            ? round.IsMember(UserId(user))
            : round.ScopeUnitId is null || scope.Contains(round.ScopeUnitId);

    /// <summary>
    /// Entries of a visible round: council members assigned to it see all, officers those of their scope.
    /// </summary>
    public static IQueryable<ProductEntry> VisibleIn(
        this IQueryable<ProductEntry> entries, ProductRound round, ClaimsPrincipal user, UnitScope scope)
    {
        entries = entries.Where(e => e.RoundId == round.Id);
        if (scope.IsNationwide || round.IsMember(UserId(user))) return entries;
        var ids = scope.UnitIds.ToList();
        return entries.Where(e => ids.Contains(e.LocationUnitId));
    }

    public static bool CanSee(ProductEntry entry, ProductRound round, ClaimsPrincipal user, UnitScope scope) =>
        CanSee(round, user, scope)
        && (scope.IsNationwide || round.IsMember(UserId(user)) || scope.Contains(entry.LocationUnitId));

    /// <summary>
    /// The organiser runs the round: ministry officers for regional and national rounds, the organising unit's
    /// officers otherwise, and, once it has ended, the officers of its successors (DOMAIN §10).
    /// </summary>
    /// <param name="organisationIds">The user's organisation and the ended organisations it succeeds.</param>
    public static bool CanManage(ProductRound round, ClaimsPrincipal user, IReadOnlyCollection<int> organisationIds) =>
        round.Level switch
        {
            RoundLevel.National or RoundLevel.Regional => user.IsInRole(RoleNames.MinistryOfficer),
            RoundLevel.Provincial => user.IsInRole(RoleNames.DepartmentOfficer)
                                     && organisationIds.Contains(round.OrganiserId),
            _ => Policies.Allows(user, Policies.LocalOrDepartmentOfficers)
                 && organisationIds.Contains(round.OrganiserId),
        };

    public static int OrganisationId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AppClaims.OrganisationId), out var id) ? id : 0;

    public static IQueryable<Establishment> InScope(this IQueryable<Establishment> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(e => ids.Contains(e.AddressUnitId));
    }
}
