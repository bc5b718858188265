using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Establishments;

/// <summary>
/// Cơ sở công nghiệp nông thôn: the producer behind product entries and the beneficiary of extension projects.
/// Its address unit is the record's scope unit: only officers whose scope covers the unit see or edit it.
/// </summary>
public class Establishment : AuditableEntity, IScopedRecord
{
    private Establishment() { }

    public Establishment(string name, int legalFormId, AdministrativeUnit addressUnit, string? address, string? taxCode,
        string? craftVillage, bool ownerIsWoman, bool ownerIsEthnicMinority)
    {
        Update(name, legalFormId, addressUnit, address, taxCode, craftVillage, ownerIsWoman, ownerIsEthnicMinority);
    }

    public string Name { get; private set; } = "";
    public string SearchKey { get; private set; } = "";
    public int LegalFormId { get; private set; }
    public LegalForm? LegalForm { get; private set; }

    /// <summary>Mã số thuế; optional (household businesses often have none), unique when given.</summary>
    public string? TaxCode { get; private set; }

    public int AddressUnitId { get; private set; }
    public AdministrativeUnit? AddressUnit { get; private set; }

    /// <summary>Street, hamlet (thôn, bản): the part of the address below the administrative unit.</summary>
    public string? Address { get; private set; }

    public string? CraftVillage { get; private set; }
    public bool OwnerIsWoman { get; private set; }
    public bool OwnerIsEthnicMinority { get; private set; }

    public int? ScopeUnitId => AddressUnitId;

    public void Update(string name, int legalFormId, AdministrativeUnit addressUnit, string? address, string? taxCode,
        string? craftVillage, bool ownerIsWoman, bool ownerIsEthnicMinority)
    {
        ArgumentNullException.ThrowIfNull(addressUnit);
        if (legalFormId <= 0) throw new DomainException("Thiếu thông tin bắt buộc: loại hình cơ sở.");
        var tax = string.IsNullOrWhiteSpace(taxCode) ? null : taxCode.Trim();
        if (tax is not null && !tax.All(c => char.IsDigit(c) || c == '-'))
            throw new DomainException("Mã số thuế chỉ gồm chữ số (và dấu gạch ngang cho mã chi nhánh).");
        Name = Guard.Required(name, "tên cơ sở");
        SearchKey = VietnameseText.SearchKey(Name);
        LegalFormId = legalFormId;
        AddressUnit = addressUnit;
        AddressUnitId = addressUnit.Id;
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        TaxCode = tax;
        CraftVillage = string.IsNullOrWhiteSpace(craftVillage) ? null : craftVillage.Trim();
        OwnerIsWoman = ownerIsWoman;
        OwnerIsEthnicMinority = ownerIsEthnicMinority;
    }
}
