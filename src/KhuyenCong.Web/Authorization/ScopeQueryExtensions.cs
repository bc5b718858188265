using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Authorization;

/// <summary>Scope filters for lists: the query-side twin of <see cref="InScopeHandler"/>.</summary>
public static class ScopeQueryExtensions
{
    public static IQueryable<Organisation> InScope(this IQueryable<Organisation> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(o => o.ScopeUnitId != null && ids.Contains(o.ScopeUnitId.Value));
    }

    /// <summary>National plans only for nationwide users; a province's plans for users whose scope holds that province.</summary>
    public static IQueryable<AnnualPlan> InScope(this IQueryable<AnnualPlan> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(p => p.OwnerUnitId != null && ids.Contains(p.OwnerUnitId.Value));
    }

    /// <summary>
    /// An allocation is visible to whoever sees its plan or its recipient: a province sees what the
    /// national fund gave its units as well as its own plan's entries.
    /// </summary>
    public static IQueryable<Allocation> InScope(this IQueryable<Allocation> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(a =>
            (a.Recipient!.ScopeUnitId != null && ids.Contains(a.Recipient.ScopeUnitId.Value)) ||
            (a.Plan!.OwnerUnitId != null && ids.Contains(a.Plan.OwnerUnitId.Value)));
    }

    public static IQueryable<Programme> InScope(this IQueryable<Programme> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        // Everyone works under the national programme; provincial ones only within scope.
        return query.Where(p => p.ProvinceUnitId == null || ids.Contains(p.ProvinceUnitId.Value));
    }

    /// <summary>A project belongs to the unit where it takes place.</summary>
    public static IQueryable<Project> InScope(this IQueryable<Project> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(p => ids.Contains(p.LocationUnitId));
    }

    /// <summary>
    /// A producer belongs to the unit of its address. <see cref="Includes(UnitScope, Establishment)"/> is the same
    /// rule for one record.
    /// </summary>
    public static IQueryable<Establishment> InScope(this IQueryable<Establishment> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(e => ids.Contains(e.AddressUnitId));
    }

    public static bool Includes(this UnitScope scope, Establishment establishment) =>
        scope.Contains(establishment.AddressUnitId);

    /// <summary>
    /// A product round belongs to its organiser's unit; regional and national rounds have none and are every
    /// officer's (unlike <see cref="KhuyenCong.Domain.Common.IScopedRecord"/>'s nationwide-only null).
    /// <see cref="Includes(UnitScope, ProductRound)"/> is the same rule for one round.
    /// </summary>
    public static IQueryable<ProductRound> InScope(this IQueryable<ProductRound> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(r => r.ScopeUnitId == null || ids.Contains(r.ScopeUnitId.Value));
    }

    public static bool Includes(this UnitScope scope, ProductRound round) =>
        round.ScopeUnitId is null || scope.Contains(round.ScopeUnitId);

    /// <summary>A product entry belongs to the unit where it is made; one entry: <see cref="Includes(UnitScope,
    /// ProductEntry)"/>.</summary>
    public static IQueryable<ProductEntry> InScope(this IQueryable<ProductEntry> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(e => ids.Contains(e.LocationUnitId));
    }

    public static bool Includes(this UnitScope scope, ProductEntry entry) => scope.Contains(entry.LocationUnitId);

    /// <summary>A nomination package belongs to the nominating province (commune); one package:
    /// <see cref="Includes(UnitScope, ProductNomination)"/>.</summary>
    public static IQueryable<ProductNomination> InScope(this IQueryable<ProductNomination> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(n => ids.Contains(n.UnitId));
    }

    public static bool Includes(this UnitScope scope, ProductNomination package) => scope.Contains(package.UnitId);
}
