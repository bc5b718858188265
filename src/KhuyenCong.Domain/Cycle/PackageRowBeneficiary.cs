using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// A beneficiary of a frozen package row, with its name and tax code as on the day the package was sent.
/// </summary>
public sealed class PackageRowBeneficiary : IAppendOnly
{
    private PackageRowBeneficiary() { }

    public PackageRowBeneficiary(int establishmentId, string name, string? taxCode)
    {
        EstablishmentId = establishmentId;
        Name = name;
        TaxCode = string.IsNullOrWhiteSpace(taxCode) ? null : taxCode.Trim();
    }

    public long Id { get; private set; }
    public long RowId { get; private set; }
    public int EstablishmentId { get; private set; }
    public string Name { get; private set; } = "";
    public string? TaxCode { get; private set; }
}
