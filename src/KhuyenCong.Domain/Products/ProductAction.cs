namespace KhuyenCong.Domain.Products;

/// <summary>
/// The steps on a product round, its entries and the nomination packages sent to it (DOMAIN §6). Which round states
/// allow each is <see cref="ProductRound.AllowedSteps"/>; who takes it is the web's access table (ProductAccess).
/// </summary>
public enum ProductAction
{
    AssignMember,
    SetNominationQuota,
    StartScoring,
    RecordQuorumException,
    Decide,
    IssueCertificates,
    Close,
    RegisterEntry,
    EditEntry,
    AttachFile,
    DecideEligibility,
    Score,
    Recuse,
    IssueCertificate,
    SendNomination,
    ReturnNomination,
    AcceptNomination,
}
