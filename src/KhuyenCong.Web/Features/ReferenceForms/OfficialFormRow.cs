namespace KhuyenCong.Web.Features.ReferenceForms;

/// <summary>
/// One dated entry of the official forms list; <paramref name="InForce"/> today in Vietnam; <paramref name="Version"/>
/// for a change posted from the list.
/// </summary>
public sealed record OfficialFormRow(int Id, string Key, string Number, string? Instrument, DateOnly ValidFrom,
    DateOnly? ValidTo, bool InForce, long Version = 0);
