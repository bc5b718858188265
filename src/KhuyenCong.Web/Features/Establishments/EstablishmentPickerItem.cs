namespace KhuyenCong.Web.Features.Establishments;

/// <summary>One establishment as the beneficiary picker lists it.</summary>
public sealed record EstablishmentPickerItem(int Id, string Text, string Unit)
{
    /// <summary>The name, with the tax code when there is one (two cooperatives may share a name).</summary>
    public static string Label(string name, string? taxCode) =>
        taxCode is null ? name : $"{name} – MST {taxCode}";
}
