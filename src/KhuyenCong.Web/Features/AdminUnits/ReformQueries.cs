using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Reform;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AdminUnits;

/// <summary>
/// What the 2025 reform links say about a record's references: where a legacy unit is today, and what replaced
/// an out-of-date unit or organisation (for refusals that name it). See <see cref="ReferencePeriod"/> for the rule.
/// </summary>
public static class ReformQueries
{
    /// <summary>Where each unit is today, for display; batched for a list page.</summary>
    public static async Task<Dictionary<int, UnitPlace>> UnitPlacesAsync(
        this AppDbContext db, IEnumerable<int> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        var units = await db.AdministrativeUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Level, u.Generation, u.ProvinceCode }).ToListAsync(ct);
        var provinceCodes = units.Select(u => u.ProvinceCode).Distinct().ToList();
        var provinces = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && provinceCodes.Contains(u.Code))
            .Select(u => new { u.Id, u.Name, u.Generation, u.Code }).ToListAsync(ct);
        var legacyProvinceIds = provinces.Where(p => p.Generation == UnitGeneration.Legacy).Select(p => p.Id).ToList();
        var legacyCommuneIds = units.Where(u => u.Generation == UnitGeneration.Legacy && u.Level == UnitLevel.Commune)
            .Select(u => u.Id).ToList();
        var links = await db.UnitSuccessions.AsNoTracking()
            .Where(s => legacyProvinceIds.Contains(s.PredecessorId) || legacyCommuneIds.Contains(s.PredecessorId))
            .OrderBy(s => s.Successor.Code)
            .Select(s => new { s.PredecessorId, s.Successor.Name }).ToListAsync(ct);

        var result = new Dictionary<int, UnitPlace>();
        foreach (var unit in units)
        {
            // A unit whose province row is missing (imported data) still shows its own name, never a 500.
            var province = provinces.SingleOrDefault(p => p.Generation == unit.Generation
                && p.Code == unit.ProvinceCode);
            var today = unit.Generation == UnitGeneration.Legacy && province is not null
                ? links.FirstOrDefault(l => l.PredecessorId == province.Id)?.Name : null;
            var communes = unit.Level == UnitLevel.Commune && unit.Generation == UnitGeneration.Legacy
                ? links.Where(l => l.PredecessorId == unit.Id).Select(l => l.Name).ToList() : [];
            result[unit.Id] = new UnitPlace(unit.Name, unit.Generation,
                unit.Level == UnitLevel.Province ? null : province?.Name, today, communes);
        }
        return result;
    }

    public static async Task<UnitPlace?> UnitPlaceAsync(this AppDbContext db, int? unitId, CancellationToken ct) =>
        unitId is { } id && (await db.UnitPlacesAsync([id], ct)).TryGetValue(id, out var place) ? place : null;

    /// <summary>What a legacy unit became part of, as a refusal names it ("tỉnh Phú Thọ (Xã Cao Phong)").</summary>
    public static async Task<string?> UnitReplacementAsync(this AppDbContext db, AdministrativeUnit unit,
        CancellationToken ct)
    {
        if (unit.Generation != UnitGeneration.Legacy) return null;
        var place = await db.UnitPlaceAsync(unit.Id, ct);
        return place?.TodayText();
    }

    /// <summary>
    /// The organisations that took over from an out-of-date one: its recorded successor links (as the read-only
    /// refusal names them), else, for an organisation an administrator has not ended with successors, those found
    /// through the units: the active organisations of the same kind working for the current units that its legacy
    /// unit became part of (a legacy province's Sở → the current province's Sở; a district's People's Committee →
    /// those of the current communes formed from its communes).
    /// </summary>
    public static async Task<string?> OrganisationReplacementAsync(this AppDbContext db, Organisation organisation,
        CancellationToken ct)
    {
        var recorded = await db.OrganisationSuccessions.AsNoTracking().Where(s => s.PredecessorId == organisation.Id)
            .OrderBy(s => s.Successor.SearchKey).Select(s => s.Successor.Name).ToListAsync(ct);
        if (recorded.Count > 0) return string.Join(", ", recorded);
        if (organisation.ScopeUnitId is not { } unitId) return null;
        var unit = await db.AdministrativeUnits.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        if (unit.Generation != UnitGeneration.Legacy) return null;
        var area = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Id == unitId || u.ParentId == unitId).Select(u => u.Id).ToListAsync(ct);
        var successors = await db.UnitSuccessions.AsNoTracking().Where(s => area.Contains(s.PredecessorId))
            .Select(s => s.SuccessorId).Distinct().ToListAsync(ct);
        var kind = organisation.Kind == OrganisationKind.DistrictCommittee
            ? OrganisationKind.CommuneCommittee : organisation.Kind;
        var names = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == kind && o.ValidTo == null && o.ScopeUnitId != null
                        && successors.Contains(o.ScopeUnitId.Value))
            .OrderBy(o => o.SearchKey).Select(o => o.Name).Take(UnitPlace.MaxCommunesNamed + 1).ToListAsync(ct);
        return names.Count == 0 ? null : string.Join(", ", names.Take(UnitPlace.MaxCommunesNamed))
                                         + (names.Count > UnitPlace.MaxCommunesNamed ? ", …" : "");
    }
}
