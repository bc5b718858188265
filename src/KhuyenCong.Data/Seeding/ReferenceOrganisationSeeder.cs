using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Seeds the reference organisations (see <see cref="ReferenceOrganisations"/>) on every start, demo or not.
/// Idempotent and safe on an existing database: a province's department or centre is whichever organisation of
/// that kind already works for that province (whatever its name), so nothing is duplicated; a legacy one still
/// active is ended on 30/06/2025 with its current province's counterpart as successor. One save for all rows.
/// </summary>
internal static class ReferenceOrganisationSeeder
{
    private sealed record Names(string Department, string Centre);

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var provinces = await db.AdministrativeUnits.Where(u => u.Level == UnitLevel.Province)
            .ToDictionaryAsync(u => (u.Generation, u.Code), ct);
        if (provinces.Count == 0) return;
        // Successors and the auto-included former names are two collections: one query each, no row product.
        var organisations = await db.Organisations.Include(o => o.Successors)
            .Where(o => o.Kind == OrganisationKind.Ministry || o.ScopeUnit!.Level == UnitLevel.Province)
            .AsSplitQuery().ToListAsync(ct);

        SeedMinistry(db, organisations);
        var names = EmbeddedCsv.Read("AdminUnits.provincial-organisations.csv").ToDictionary(
            r => (r["generation"] == "legacy" ? UnitGeneration.Legacy : UnitGeneration.Current, r["province_code"]),
            r => new Names(r["department"], r["centre"]));
        Organisation Get(OrganisationKind kind, AdministrativeUnit province)
        {
            // An active one first: on an existing database an ended namesake may sit beside it.
            var found = organisations.Where(o => o.Kind == kind && o.ScopeUnitId == province.Id)
                .OrderBy(o => o.ValidTo != null).FirstOrDefault();
            if (found is not null) return found;
            var name = names.TryGetValue((province.Generation, province.Code), out var n)
                ? (kind == OrganisationKind.ProvincialDepartment ? n.Department : n.Centre)
                : DefaultName(kind, province);
            var validFrom = province.Generation == UnitGeneration.Current
                ? AdministrativeUnit.CurrentValidFrom
                : ReferenceOrganisations.LegacyValidFrom;
            var created = new Organisation(name, kind, province, validFrom);
            db.Organisations.Add(created);
            organisations.Add(created);
            return created;
        }

        OrganisationKind[] kinds = [OrganisationKind.ProvincialDepartment, OrganisationKind.ProvincialExtensionCentre];
        foreach (var province in provinces.Values.Where(p => p.Generation == UnitGeneration.Current))
            foreach (var kind in kinds) Get(kind, province);

        var conversion = EmbeddedCsv.Read("AdminUnits.province-conversion-2025-07-01.csv")
            .ToDictionary(r => r["old_province_code"], r => r["new_province_code"]);
        foreach (var legacy in provinces.Values.Where(p => p.Generation == UnitGeneration.Legacy))
        {
            var successorProvince = conversion.TryGetValue(legacy.Code, out var code)
                ? provinces.GetValueOrDefault((UnitGeneration.Current, code))
                : null;
            foreach (var kind in kinds)
            {
                var organisation = Get(kind, legacy);
                // Dates an administrator set that the reform's end cannot follow are left as they are: a start-up
                // never stops on reference data.
                if (organisation.ValidTo is not null || organisation.ValidFrom > AdministrativeUnit.LegacyValidTo)
                    continue;
                Organisation[] successors = successorProvince is null ? [] : [Get(kind, successorProvince)];
                successors = [.. successors.Where(s => s.IsActiveOn(AdministrativeUnit.CurrentValidFrom))];
                organisation.End(AdministrativeUnit.LegacyValidTo, successors, ReferenceOrganisations.ReformNote);
            }
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
    }

    /// <summary>The ministry and its khuyến công department with the name it had until 28/02/2025.</summary>
    private static void SeedMinistry(AppDbContext db, List<Organisation> organisations)
    {
        var ministries = organisations.Where(o => o.Kind == OrganisationKind.Ministry).ToList();
        if (!ministries.Any(o => o.Name == ReferenceOrganisations.Ministry))
        {
            var ministry = new Organisation(
                ReferenceOrganisations.Ministry, OrganisationKind.Ministry, null, new(2007, 8, 1));
            db.Organisations.Add(ministry);
            organisations.Add(ministry);
        }

        var unit = ministries.FirstOrDefault(o => o.Name == ReferenceOrganisations.MinistryUnit
                                                  || o.Name == ReferenceOrganisations.MinistryUnitFormerName);
        if (unit is null)
        {
            unit = new Organisation(ReferenceOrganisations.MinistryUnitFormerName, OrganisationKind.Ministry, null,
                new(2017, 11, 1));
            db.Organisations.Add(unit);
            organisations.Add(unit);
        }
        if (unit.Name == ReferenceOrganisations.MinistryUnitFormerName && unit.ValidTo is null)
            unit.RenameFrom(ReferenceOrganisations.MinistryUnit, ReferenceOrganisations.MinistryUnitRenamedOn);
    }

    private static string DefaultName(OrganisationKind kind, AdministrativeUnit province)
    {
        var name = province.Name.StartsWith("Thành phố ", StringComparison.Ordinal)
            ? "thành phố " + province.Name["Thành phố ".Length..]
            : "tỉnh " + province.Name.Replace("Tỉnh ", "", StringComparison.Ordinal);
        return kind == OrganisationKind.ProvincialDepartment
            ? "Sở Công Thương " + name
            : "Trung tâm Khuyến công " + name;
    }
}
