namespace KhuyenCong.Domain.AdministrativeUnits;

/// <summary>The set of administrative units a user may see; the whole country for ministry staff.</summary>
public sealed class UnitScope
{
    private static readonly HashSet<int> NoUnits = [];

    private static readonly HashSet<string> NoCodes = [];

    private UnitScope(bool isNationwide, IReadOnlySet<int> unitIds, IReadOnlySet<string> wholeProvinceCodes,
        IReadOnlySet<int> unitsOutsideWholeProvinces)
    {
        IsNationwide = isNationwide;
        UnitIds = unitIds;
        WholeProvinceCodes = wholeProvinceCodes;
        UnitsOutsideWholeProvinces = unitsOutsideWholeProvinces;
    }

    public static UnitScope Nationwide { get; } = new(true, NoUnits, NoCodes, NoUnits);
    public static UnitScope Empty { get; } = new(false, NoUnits, NoCodes, NoUnits);

    public static UnitScope Of(IReadOnlySet<int> unitIds) => new(false, unitIds, NoCodes, unitIds);

    /// <summary>
    /// The same units, also given as whole provinces and the rest (see AdministrativeUnitGraph.ScopeFilter).
    /// </summary>
    public static UnitScope Of(IReadOnlySet<int> unitIds, IReadOnlySet<string> wholeProvinceCodes,
        IReadOnlySet<int> unitsOutsideWholeProvinces) =>
        new(false, unitIds, wholeProvinceCodes, unitsOutsideWholeProvinces);

    public bool IsNationwide { get; }

    /// <summary>The units in scope; empty (and meaningless) when <see cref="IsNationwide"/>.</summary>
    public IReadOnlySet<int> UnitIds { get; }

    /// <summary>Province codes every unit of which is in scope (for records storing their province's code).</summary>
    public IReadOnlySet<string> WholeProvinceCodes { get; }

    /// <summary>The units in scope outside <see cref="WholeProvinceCodes"/> (all of them when none is whole).</summary>
    public IReadOnlySet<int> UnitsOutsideWholeProvinces { get; }

    /// <summary>Whether a record of this unit is visible; a record without a unit is nationwide.</summary>
    public bool Contains(int? unitId) =>
        IsNationwide || (unitId is { } id && UnitIds.Contains(id));
}
