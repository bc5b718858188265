namespace KhuyenCong.Web.Features.AdminUnits;

/// <summary>
/// What the cascading location picker (Views/Shared/_LocationPicker) needs: the names of the two bound fields (the
/// unit's generation and statistics code), their values, the chosen unit with the units above it, the label, and the
/// id of the plan-year input it follows (none: today's units).
/// </summary>
public sealed record LocationPickerView(string GenerationField, string CodeField, string? Generation, string? Code,
    IReadOnlyList<UnitPickerItem> Chain, string Label, string? YearInput, string IdPrefix = "location");
