namespace KhuyenCong.Web.Features.Establishments;

/// <summary>A page of the beneficiary picker's search; <see cref="More"/> when another page follows.</summary>
public sealed record EstablishmentPickerPage(IReadOnlyList<EstablishmentPickerItem> Items, bool More);
