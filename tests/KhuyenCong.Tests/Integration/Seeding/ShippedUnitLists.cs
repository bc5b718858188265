using System.Text.RegularExpressions;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using Microsoft.VisualBasic.FileIO;

namespace KhuyenCong.Tests.Integration.Seeding;

/// <summary>
/// What the shipped statistics office lists (the Data assembly's embedded CSVs, Seeding/AdminUnits/README.md) say
/// the database must hold, read here on their own, without the seeder: one line per unit and per link, in a form the
/// database's rows are rendered to as well.
/// </summary>
internal static partial class ShippedUnitLists
{
    private static readonly DateOnly LegacyTo = new(2025, 6, 30);
    private static readonly DateOnly CurrentFrom = new(2025, 7, 1);

    /// <summary>"generation|level|code|name|parent code|province code|district code|valid from|valid to".</summary>
    public static string Unit(UnitGeneration generation, UnitLevel level, string code, string name, string? parent,
        string province, string? district, DateOnly? from, DateOnly? to) =>
        $"{generation}|{level}|{code}|{name}|{parent}|{province}|{district}|{from:yyyy-MM-dd}|{to:yyyy-MM-dd}";

    /// <summary>"generation|code|type" of the units whose type the lists give.</summary>
    public static string Type(UnitGeneration generation, string code, string type) => $"{generation}|{code}|{type}";

    /// <summary>"legacy code → current code: note".</summary>
    public static string Link(string from, string to, string note) => $"{from} → {to}: {note}";

    public static (HashSet<string> Units, HashSet<string> Types, HashSet<string> Links) Expected()
    {
        var units = new Dictionary<(UnitGeneration, string), string>();
        var types = new HashSet<string>();
        void Add(UnitGeneration g, UnitLevel level, string code, string name, string? parent, string province,
            string? district, string? type)
        {
            var (from, to) = g == UnitGeneration.Legacy ? ((DateOnly?)null, (DateOnly?)LegacyTo) : (CurrentFrom, null);
            if (units.TryAdd((g, code), Unit(g, level, code, name, parent, province, district, from, to))
                && type is not null)
                types.Add(Type(g, code, type));
        }

        const UnitGeneration legacy = UnitGeneration.Legacy, current = UnitGeneration.Current;
        // Types of legacy provinces and districts are not in the list (the seeder takes them from the name): null.
        foreach (var r in Read("legacy-units-2025-01-04.csv"))
        {
            Add(legacy, UnitLevel.Province, r["province_code"], r["province_name"], null, r["province_code"], null,
                null);
            Add(legacy, UnitLevel.District, r["district_code"], r["district_name"], r["province_code"],
                r["province_code"], r["district_code"], null);
            Add(legacy, UnitLevel.Commune, r["commune_code"], r["commune_name"], r["district_code"], r["province_code"],
                r["district_code"], r["commune_type"]);
        }
        foreach (var r in Read("units-2025-07-01.csv"))
        {
            Add(current, UnitLevel.Province, r["province_code"], r["province_name"], null, r["province_code"], null,
                r["province_type"]);
            Add(current, UnitLevel.Commune, r["commune_code"], r["commune_name"], r["province_code"],
                r["province_code"], null, r["commune_type"]);
        }

        var links = new Dictionary<(string, string), string>();
        foreach (var r in Read("province-conversion-2025-07-01.csv"))
            links.TryAdd((r["old_province_code"], r["new_province_code"]),
                Link(r["old_province_code"], r["new_province_code"], "Sáp nhập tỉnh"));
        foreach (var r in Read("commune-conversion-2025-07-01.csv"))
        {
            // The conversion list also names island districts and 2025 communes the January snapshot lacks.
            var district = r["old_district_code"];
            if (!units.ContainsKey((legacy, district)))
            {
                var island = IslandName().Match(r["note"]);
                Add(legacy, UnitLevel.District, district,
                    "Huyện " + (island.Success ? island.Groups[1].Value.Trim() : district), r["old_province_code"],
                    r["old_province_code"], district, null);
            }
            var from = r["old_commune_code"];
            if (from.Length > 0)
                Add(legacy, UnitLevel.Commune, from, r["old_commune_name"], district, r["old_province_code"], district,
                    null);
            else if (r["old_commune_name"].Length == 0)
                from = district;
            else
                continue; // an area that is no unit
            links.TryAdd((from, r["new_commune_code"]), Link(from, r["new_commune_code"], r["note"]));
        }
        return ([.. units.Values], types, [.. links.Values]);
    }

    private static IEnumerable<Dictionary<string, string>> Read(string file)
    {
        using var stream = typeof(AppDbContext).Assembly.GetManifestResourceStream("AdminUnits." + file)!;
        using var parser = new TextFieldParser(stream) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        while (parser.ReadFields() is { } fields)
            yield return header.Select((h, i) => (h, v: fields[i].Trim())).ToDictionary(x => x.h, x => x.v);
    }

    [GeneratedRegex(@"huyện (.+?) thành", RegexOptions.IgnoreCase)]
    private static partial Regex IslandName();
}
