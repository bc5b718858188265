namespace KhuyenCong.Domain.Organisations;

/// <summary>
/// A name an organisation went by until a renaming (the ministry unit was "Cục Công Thương địa phương" until
/// 28/02/2025). Kept so that a record shows the name in force on its date.
/// </summary>
public sealed class OrganisationName
{
    private OrganisationName() { }

    internal OrganisationName(string name, DateOnly validTo)
    {
        Name = name;
        ValidTo = validTo;
    }

    public string Name { get; private set; } = "";

    /// <summary>The last day the organisation went by this name.</summary>
    public DateOnly ValidTo { get; private set; }
}
