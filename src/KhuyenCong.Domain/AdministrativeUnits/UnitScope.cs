namespace KhuyenCong.Domain.AdministrativeUnits;

/// <summary>The set of administrative units a user may see; the whole country for ministry staff.</summary>
public sealed class UnitScope
{
    private static readonly HashSet<int> NoUnits = [];

    private UnitScope(bool isNationwide, IReadOnlySet<int> unitIds)
    {
        IsNationwide = isNationwide;
        UnitIds = unitIds;
    }

    public static UnitScope Nationwide { get; } = new(true, NoUnits);
    public static UnitScope Empty { get; } = new(false, NoUnits);

    public static UnitScope Of(IReadOnlySet<int> unitIds) => new(false, unitIds);

    public bool IsNationwide { get; }

    /// <summary>The units in scope; empty (and meaningless) when <see cref="IsNationwide"/>.</summary>
    public IReadOnlySet<int> UnitIds { get; }

    /// <summary>Whether a record of this unit is visible; a record without a unit is nationwide.</summary>
    public bool Contains(int? unitId) =>
        IsNationwide || (unitId is { } id && UnitIds.Contains(id));
}
