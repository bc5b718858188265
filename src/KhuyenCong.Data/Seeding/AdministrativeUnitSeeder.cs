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
    public static async Task<bool> SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.AdministrativeUnits.AnyAsync(ct)) return false;

        var legacy = LoadLegacy();
        var current = LoadCurrent();
        var links = LoadLinks(legacy, current);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AdministrativeUnits.AddRange(legacy.Values);
            db.AdministrativeUnits.AddRange(current.Values);
            db.UnitSuccessions.AddRange(links);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }
        return true;
    }

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
