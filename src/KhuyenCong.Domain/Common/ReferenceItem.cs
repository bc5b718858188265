namespace KhuyenCong.Domain.Common;

/// <summary>An entry of an administrator-editable reference list (DOMAIN §8).</summary>
public abstract class ReferenceItem : AuditableEntity
{
    protected ReferenceItem(string code, string name, string nameEn, int sortOrder)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        NameEn = nameEn;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public string NameEn { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string name, string nameEn, int sortOrder, bool isActive)
    {
        Name = Guard.Required(name, nameof(name));
        NameEn = nameEn;
        SortOrder = sortOrder;
        IsActive = isActive;
    }
}
