namespace KhuyenCong.Web.Features.Establishments;

public sealed record EstablishmentRow(int Id, string Name, string LegalForm, string? TaxCode,
    string UnitName, string? CraftVillage, int UnitId = 0)
{
    /// <summary>Where the address unit is today (set for the list page).</summary>
    public Domain.Reform.UnitPlace? Place { get; set; }
}
