namespace KhuyenCong.Domain.AdministrativeUnits;

/// <summary>
/// An administrative unit of one generation. Codes are the statistics office's codes; the same code
/// can exist in both generations (e.g. province 01), so a unit is identified by (generation, code).
/// </summary>
public class AdministrativeUnit
{
    /// <summary>Last day of the legacy structure (Resolution 202/2025/QH15).</summary>
    public static readonly DateOnly LegacyValidTo = new(2025, 6, 30);

    /// <summary>First day of the current structure.</summary>
    public static readonly DateOnly CurrentValidFrom = new(2025, 7, 1);

    private AdministrativeUnit() { }

    public AdministrativeUnit(string code, string name, string type, UnitLevel level, UnitGeneration generation,
        AdministrativeUnit? parent)
    {
        if (level != UnitLevel.Province && parent is null)
            throw new ArgumentException("A district or commune needs a parent unit.", nameof(parent));
        if (generation == UnitGeneration.Current && level == UnitLevel.District)
            throw new ArgumentException("The current structure has no districts.", nameof(level));

        Code = code;
        Name = name;
        SearchKey = Common.VietnameseText.SearchKey(name);
        Type = type;
        Level = level;
        Generation = generation;
        Parent = parent;
        ProvinceCode = level == UnitLevel.Province ? code : parent!.ProvinceCode;
        DistrictCode = level switch
        {
            UnitLevel.District => code,
            UnitLevel.Commune => parent!.DistrictCode,
            _ => null,
        };
        ValidFrom = generation == UnitGeneration.Current ? CurrentValidFrom : null;
        ValidTo = generation == UnitGeneration.Legacy ? LegacyValidTo : null;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>
    /// The name without diacritics, lower case (see <see cref="Common.VietnameseText.SearchKey"/>), for search.
    /// </summary>
    public string SearchKey { get; private set; } = "";

    /// <summary>The unit's kind as the office writes it: tỉnh, thành phố, huyện, quận, xã, phường, đặc khu…</summary>
    public string Type { get; private set; } = "";

    public UnitLevel Level { get; private set; }
    public UnitGeneration Generation { get; private set; }
    public int? ParentId { get; private set; }
    public AdministrativeUnit? Parent { get; private set; }

    /// <summary>Code of the province this unit lies in (its own code for a province).</summary>
    public string ProvinceCode { get; private set; } = "";

    /// <summary>Code of the legacy district this unit lies in, if any.</summary>
    public string? DistrictCode { get; private set; }

    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}
