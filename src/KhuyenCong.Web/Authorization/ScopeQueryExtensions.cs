using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Commendations;

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

    /// <summary>Administrative units themselves (e.g. the provinces a user may filter by): those in scope.</summary>
    public static IQueryable<AdministrativeUnit> InScope(this IQueryable<AdministrativeUnit> query, UnitScope scope)
    {
        if (scope.IsNationwide) return query;
        var ids = scope.UnitIds.ToList();
        return query.Where(u => ids.Contains(u.Id));
    }
}
