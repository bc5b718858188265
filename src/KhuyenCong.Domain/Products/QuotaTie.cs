namespace KhuyenCong.Domain.Products;

/// <summary>
/// Entries tied on the quota's last place, sharing <see cref="Places"/> places, at <see cref="Score"/>.
/// </summary>
public sealed record QuotaTie(IReadOnlyList<ProductEntry> Entries, int Places, double Score);
