using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// One product of a nomination package, identified by its still-valid certificate of the level below.
/// </summary>
public sealed class NominationItem : AuditableEntity
{
    private NominationItem() { }

    internal NominationItem(Certificate certificate)
    {
        Certificate = certificate;
        CertificateId = certificate.Id;
    }

    public int NominationId { get; private set; }
    public int CertificateId { get; private set; }
    public Certificate? Certificate { get; private set; }

    /// <summary>The round's entry made from this product when the organiser accepted the package.</summary>
    public int? EntryId { get; private set; }
    public ProductEntry? Entry { get; private set; }

    internal void Accepted(ProductEntry entry) => Entry = entry;
}
