namespace KhuyenCong.Web.Features.Establishments;

public sealed record EstablishmentDetailsViewModel(
    int Id, string Name, string LegalForm, string? TaxCode, string UnitName, string UnitCode,
    string? Address, string? CraftVillage,
    bool OwnerIsWoman, bool OwnerIsEthnicMinority, DateTime UpdatedAtUtc, string UpdatedBy)
{
    /// <summary>The address unit with where it is today, when it is a legacy unit.</summary>
    public Domain.Reform.UnitPlace? Place { get; init; }
}
