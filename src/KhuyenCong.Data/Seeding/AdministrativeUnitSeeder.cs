using System.Text.RegularExpressions;
using KhuyenCong.Domain.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Loads both generations of administrative units and the 2025 conversion links from the project's copy of
/// the statistics office lists (Seeding/AdminUnits). Runs once: a database that has units is left alone.
/// </summary>
internal static partial class AdministrativeUnitSeeder
{
    public static async Task<bool> SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.AdministrativeUnits.AnyAsync(ct)) return false;

        var legacy = LoadLegacy();
        var current = LoadCurrent();
        var links = LoadLinks(legacy, current);

        // Keys are assigned here, in file order (parents before their children), so that the rows can name their
        // parent and their ends without a round trip: the tables are empty (no unit means no link either).
        List<AdministrativeUnit> units = [.. legacy.Values, .. current.Values];
        var ids = new Dictionary<AdministrativeUnit, int>(units.Count, ReferenceEqualityComparer.Instance);
        foreach (var unit in units) ids.Add(unit, ids.Count + 1);
        var linkIds = new Dictionary<UnitSuccession, int>(links.Count, ReferenceEqualityComparer.Instance);
        foreach (var link in links) linkIds.Add(link, linkIds.Count + 1);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await BulkInsert.RunAsync(db, units, new Dictionary<string, Func<AdministrativeUnit, object?>>
        {
            [nameof(AdministrativeUnit.Id)] = u => ids[u],
            [nameof(AdministrativeUnit.ParentId)] = u => u.Parent is { } parent ? ids[parent] : null,
        }, ct);
        await BulkInsert.RunAsync(db, links, new Dictionary<string, Func<UnitSuccession, object?>>
        {
            [nameof(UnitSuccession.Id)] = l => linkIds[l],
            [nameof(UnitSuccession.PredecessorId)] = l => ids[l.Predecessor],
            [nameof(UnitSuccession.SuccessorId)] = l => ids[l.Successor],
        }, ct);
        await AuditLoadAsync(db, units.Count, links.Count, clock.GetUtcNow().UtcDateTime, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Units and links are the statistics office's lists, not records anyone edits, so they are no audited entity
    /// type and the bulk load bypasses the audit interceptor; the log still says that the system loaded them, how
    /// many and from which lists (one row per table, in the load's transaction), and the change counter moves as
    /// for any audited write.
    /// </summary>
    private static async Task AuditLoadAsync(AppDbContext db, int units, int links, DateTime now, CancellationToken ct)
    {
        db.AuditLog.AddRange(
            LoadEntry(nameof(AdministrativeUnit), units, now,
                "legacy-units-2025-01-04.csv, units-2025-07-01.csv, commune-conversion-2025-07-01.csv"),
            LoadEntry(nameof(UnitSuccession), links, now,
                "province-conversion-2025-07-01.csv, commune-conversion-2025-07-01.csv"));
        await db.SaveChangesAsync(ct);
        await Auditing.DataChangeCounter.BumpAsync(db, ct);
    }

    private static Auditing.AuditLogEntry LoadEntry(string entity, int rows, DateTime now, string sources) => new()
    {
        AtUtc = now,
        UserName = new Auditing.SystemUser().UserName,
        EntityType = entity,
        EntityKey = $"1-{rows}",
        Action = "Added",
        NewValues = System.Text.Json.JsonSerializer.Serialize(new { Rows = rows, Sources = sources }),
    };

    /// <summary>Legacy units keyed by code (codes are unique across levels within one generation).</summary>
    private static Dictionary<string, AdministrativeUnit> LoadLegacy()
    {
        var units = new Dictionary<string, AdministrativeUnit>();
        foreach (var row in EmbeddedCsv.Read("AdminUnits.legacy-units-2025-01-04.csv"))
        {
            var province = GetOrAdd(units, row["province_code"], () =>
                new AdministrativeUnit(row["province_code"], row["province_name"], TypeOf(row["province_name"]),
                    UnitLevel.Province, UnitGeneration.Legacy, null));
            var district = GetOrAdd(units, row["district_code"], () =>
                new AdministrativeUnit(row["district_code"], row["district_name"], TypeOf(row["district_name"]),
                    UnitLevel.District, UnitGeneration.Legacy, province));
            units.Add(row["commune_code"], new AdministrativeUnit(row["commune_code"], row["commune_name"],
                row["commune_type"], UnitLevel.Commune, UnitGeneration.Legacy, district));
        }
        return units;
    }

    private static Dictionary<string, AdministrativeUnit> LoadCurrent()
    {
        var units = new Dictionary<string, AdministrativeUnit>();
        foreach (var row in EmbeddedCsv.Read("AdminUnits.units-2025-07-01.csv"))
        {
            var province = GetOrAdd(units, row["province_code"], () =>
                new AdministrativeUnit(row["province_code"], row["province_name"], row["province_type"],
                    UnitLevel.Province, UnitGeneration.Current, null));
            units.Add(row["commune_code"], new AdministrativeUnit(row["commune_code"], row["commune_name"],
                row["commune_type"], UnitLevel.Commune, UnitGeneration.Current, province));
        }
        return units;
    }

    /// <summary>
    /// Province and commune links. The conversion table also names units the January 2025 snapshot lacks:
    /// five island districts without communes (which became special zones) and a few communes created in
    /// the first half of 2025; they are added to the legacy generation so that every link has both ends.
    /// </summary>
    private static List<UnitSuccession> LoadLinks(
        Dictionary<string, AdministrativeUnit> legacy, Dictionary<string, AdministrativeUnit> current)
    {
        var links = new List<UnitSuccession>();
        var seen = new HashSet<(string, string)>();

        foreach (var row in EmbeddedCsv.Read("AdminUnits.province-conversion-2025-07-01.csv"))
            Link(legacy[row["old_province_code"]], current[row["new_province_code"]], "Sáp nhập tỉnh");

        foreach (var row in EmbeddedCsv.Read("AdminUnits.commune-conversion-2025-07-01.csv"))
        {
            var successor = current[row["new_commune_code"]];
            var province = legacy[row["old_province_code"]];
            var district = GetOrAdd(legacy, row["old_district_code"], () => IslandDistrict(row, province));

            if (row["old_commune_code"] is { Length: > 0 } oldCode)
            {
                var commune = GetOrAdd(legacy, oldCode, () => new AdministrativeUnit(oldCode, row["old_commune_name"],
                    TypeOf(row["old_commune_name"]), UnitLevel.Commune, UnitGeneration.Legacy, district));
                Link(commune, successor, row["note"]);
            }
            else if (row["old_commune_name"].Length == 0)
            {
                // A whole district without communes became a special zone (đặc khu).
                Link(district, successor, row["note"]);
            }
            // Otherwise the row names an area that is no unit (e.g. a coastal alluvial zone): nothing to link.
        }
        return links;

        void Link(AdministrativeUnit from, AdministrativeUnit to, string note)
        {
            if (seen.Add((from.Code, to.Code))) links.Add(new UnitSuccession(from, to, note));
        }
    }

    private static AdministrativeUnit IslandDistrict(IReadOnlyDictionary<string, string> row,
        AdministrativeUnit province)
    {
        var match = IslandDistrictName().Match(row["note"]);
        var name = match.Success ? "Huyện " + match.Groups[1].Value.Trim() : "Huyện " + row["old_district_code"];
        return new AdministrativeUnit(row["old_district_code"], name, "Huyện", UnitLevel.District,
            UnitGeneration.Legacy, province);
    }

    private static string TypeOf(string name)
    {
        string[] prefixes = ["Thành phố", "Thị xã", "Thị trấn", "Tỉnh", "Huyện", "Quận", "Phường", "Xã", "Đặc khu"];
        return prefixes.FirstOrDefault(p => name.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase)) ?? "";
    }

    private static AdministrativeUnit GetOrAdd(Dictionary<string, AdministrativeUnit> units, string code,
        Func<AdministrativeUnit> create)
    {
        if (!units.TryGetValue(code, out var unit)) units[code] = unit = create();
        return unit;
    }

    [GeneratedRegex(@"huyện (.+?) thành", RegexOptions.IgnoreCase)]
    private static partial Regex IslandDistrictName();
}
