using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Organisations;

/// <summary>
/// An organisation that users belong to. Names change over time (the ministry's department was renamed
/// several times), so they are data with validity dates, never constants.
/// </summary>
public class Organisation : AuditableEntity, IScopedRecord
{
    private Organisation() { }

    public Organisation(string name, OrganisationKind kind, AdministrativeUnit? scopeUnit, DateOnly validFrom)
    {
        Rename(name);
        Kind = kind;
        SetScope(kind, scopeUnit);
        ValidFrom = validFrom;
    }

    public string Name { get; private set; } = "";

    /// <summary>The name without diacritics, lower case: the list order and search that SQLite and SQL Server agree on.</summary>
    public string SearchKey { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }

    /// <summary>The unit the organisation works for; null for ministry organisations (whole country).</summary>
    public int? ScopeUnitId { get; private set; }

    public AdministrativeUnit? ScopeUnit { get; private set; }
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day of activity; set when the organisation is closed.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool HasNationwideScope => IsNationwide(Kind);

    public static bool IsNationwide(OrganisationKind kind) =>
        kind is OrganisationKind.Ministry or OrganisationKind.MinistryServiceUnit;

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    public void Update(string name, OrganisationKind kind, AdministrativeUnit? scopeUnit, DateOnly validFrom)
    {
        if (ValidTo is { } to && validFrom > to)
            throw new DomainException("Ngày bắt đầu hoạt động không được sau ngày ngừng hoạt động.");
        Rename(name);
        Kind = kind;
        SetScope(kind, scopeUnit);
        ValidFrom = validFrom;
    }

    private void Rename(string name)
    {
        Name = Guard.Required(name, nameof(name));
        SearchKey = VietnameseText.SearchKey(Name);
    }

    public void Close(DateOnly lastDay)
    {
        if (ValidTo is not null) throw new DomainException("Đơn vị này đã ngừng hoạt động.");
        if (lastDay < ValidFrom)
            throw new DomainException("Ngày ngừng hoạt động phải từ {0} trở về sau.", MessageArguments.Date(ValidFrom));
        ValidTo = lastDay;
    }

    public void Reopen()
    {
        if (ValidTo is null) throw new DomainException("Đơn vị này đang hoạt động.");
        ValidTo = null;
    }

    private void SetScope(OrganisationKind kind, AdministrativeUnit? unit)
    {
        if (IsNationwide(kind))
        {
            ScopeUnit = null;
            ScopeUnitId = null;
            return;
        }

        if (unit is null) throw new DomainException("Đơn vị cấp tỉnh, huyện, xã phải có địa bàn phụ trách.");
        var expected = kind switch
        {
            OrganisationKind.ProvincialDepartment or OrganisationKind.ProvincialExtensionCentre => UnitLevel.Province,
            OrganisationKind.DistrictCommittee => UnitLevel.District,
            _ => UnitLevel.Commune,
        };
        if (unit.Level != expected)
            throw expected switch
            {
                UnitLevel.Province => new DomainException(
                    "Sở Công Thương và Trung tâm Khuyến công phải phụ trách một tỉnh/thành phố."),
                UnitLevel.District => new DomainException(
                    "UBND cấp huyện phải phụ trách một huyện (đơn vị trước 01/07/2025)."),
                _ => new DomainException("UBND cấp xã phải phụ trách một xã/phường."),
            };
        ScopeUnit = unit;
        ScopeUnitId = unit.Id;
    }
}
