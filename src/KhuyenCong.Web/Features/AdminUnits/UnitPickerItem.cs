using KhuyenCong.Domain.AdministrativeUnits;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.AdminUnits;

/// <summary>
/// One unit offered by the location picker. <see cref="InScope"/> is false for a unit shown only because it leads to
/// the user's units (a commune officer's province), which cannot itself be chosen as a record's place.
/// </summary>
public sealed record UnitPickerItem(int Id, string Code, string Name, string Level, string Generation, bool InScope)
{
    /// <summary>A unit as the picker shows it: a legacy one says so, in the user's language.</summary>
    public static UnitPickerItem From(int id, string code, string name, UnitLevel level, UnitGeneration generation,
        bool inScope, IStringLocalizer localizer) =>
        new(id, code, generation == UnitGeneration.Legacy ? localizer["{0} (trước 01/07/2025)", name].Value : name,
            level switch { UnitLevel.Province => "province", UnitLevel.District => "district", _ => "commune" },
            generation == UnitGeneration.Legacy ? "legacy" : "current", inScope);
}
