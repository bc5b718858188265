using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Common;
using Microsoft.EntityFrameworkCore;
using KhuyenCong.Domain.Commendations;
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

    /// <summary>
    /// National plans only for nationwide users; a province's plans for users whose scope holds that province.
    /// </summary>
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

    /// <summary>
    /// A project belongs to the unit where it takes place. Issue 16: whole provinces are matched on the project's
    /// stored province code (set from its unit when created; the unit never changes), so a province's pages read a
    /// few codes on an index instead of joining ~660 units; only the rest of a scope goes by unit. The codes (a
    /// handful, from reference data) are written into the SQL as constants: with them in a JSON parameter SQLite
    /// cannot tell how many there are and reads a whole state's projects nationwide in code order (the province's
    /// inbox: 23 → 80 ms CPU at national scale).
    /// </summary>
    public static IQueryable<Project> InScope(this IQueryable<Project> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var codes = scope.WholeProvinceCodes.ToList();
        var ids = scope.UnitsOutsideWholeProvinces.ToList();
        if (codes.Count == 0) return query.Where(p => ids.Contains(p.LocationUnitId));
        if (ids.Count == 0) return query.Where(p => EF.Constant(codes).Contains(p.ProvinceCode));
        return query.Where(p => EF.Constant(codes).Contains(p.ProvinceCode) || ids.Contains(p.LocationUnitId));
    }

    /// <summary>
    /// One record of a type whose list filter is <c>InScope</c> above: in scope when its unit is, a record without a
    /// unit being nationwide (the question <see cref="InScopeHandler"/> asks). Plans, projects, organisations.
    /// </summary>
    public static bool Sees(this UnitScope scope, IScopedRecord record) => scope.Contains(record.ScopeUnitId);

    /// <summary>One programme: the national one for everyone, a province's within scope (as its list).</summary>
    public static bool Sees(this UnitScope scope, Programme programme) =>
        programme.ProvinceUnitId is null || scope.Contains(programme.ProvinceUnitId);

    /// <summary>Support caps: the national rules for everyone, a province's own rules within scope.</summary>
    public static IQueryable<SupportCap> InScope(this IQueryable<SupportCap> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(c => c.ProvinceUnitId == null || ids.Contains(c.ProvinceUnitId.Value));
    }

    /// <summary>One support cap, as its list.</summary>
    public static bool Sees(this UnitScope scope, SupportCap cap) =>
        cap.ProvinceUnitId is null || scope.Contains(cap.ProvinceUnitId);

    /// <summary>
    /// Plan decisions: the ministry's (no unit) for everyone, whose lines are then read per province; a province's
    /// People's Committee decision within scope.
    /// </summary>
    public static IQueryable<PlanDecision> InScope(this IQueryable<PlanDecision> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(d => d.ScopeUnitId == null || ids.Contains(d.ScopeUnitId.Value));
    }

    /// <summary>One plan decision, as its list.</summary>
    public static bool Sees(this UnitScope scope, PlanDecision decision) =>
        decision.ScopeUnitId is null || scope.Contains(decision.ScopeUnitId);

    /// <summary>Commendations: a province's within its scope, the ministry's (no unit) for nationwide users.</summary>
    public static IQueryable<Commendation> InScope(this IQueryable<Commendation> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(c => c.UnitId != null && ids.Contains(c.UnitId.Value));
    }

    /// The units of the user's area: where a record being entered may take place (a project's location, an
    /// establishment's address, an imported row's unit).
    /// </summary>
    public static IQueryable<AdministrativeUnit> InScope(this IQueryable<AdministrativeUnit> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(u => ids.Contains(u.Id));
    }

    /// <summary>A province's report belongs to its province (<see cref="ReportSubmission.ScopeUnitId"/>).</summary>
    public static IQueryable<ReportSubmission> InScope(this IQueryable<ReportSubmission> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(s => ids.Contains(s.ProvinceUnitId));
    }

    /// <summary>A province's registration package belongs to its province.</summary>
    public static IQueryable<ProvincePackage> InScope(this IQueryable<ProvincePackage> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(p => ids.Contains(p.ProvinceUnitId));
    }

    /// <summary>The same rule for one unit already read (a picker's row): whether it may be chosen.</summary>
    public static bool IncludesUnit(this UnitScope scope, int unitId) => scope.Contains(unitId);

    /// <summary>
    /// A picker's unit that is outside the area but above a unit in it (a commune officer's province): offered, so
    /// that the unit in scope can be reached, not chosen. Nationwide users (no graph needed) reach everything.
    /// </summary>
    public static bool LeadsInto(this UnitScope scope, AdministrativeUnitGraph? graph, int unitId) =>
        graph is null || scope.Contains(unitId) || graph.Subtree(unitId).Any(id => scope.Contains(id));
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
