namespace KhuyenCong.Domain.AdministrativeUnits;

/// <summary>
/// A conversion link of the 2025 reform: a legacy unit (wholly or partly) became part of a current one.
/// A legacy province has one successor province; a legacy commune one or more current communes.
/// </summary>
public class UnitSuccession
{
    private UnitSuccession() { }

    public UnitSuccession(AdministrativeUnit predecessor, AdministrativeUnit successor, string note)
    {
        if (predecessor.Generation != UnitGeneration.Legacy || successor.Generation != UnitGeneration.Current)
            throw new ArgumentException("A succession links a legacy unit to a current unit.");
        Predecessor = predecessor;
        Successor = successor;
        Note = note;
    }

    public int Id { get; private set; }
    public int PredecessorId { get; private set; }
    public AdministrativeUnit Predecessor { get; private set; } = null!;
    public int SuccessorId { get; private set; }
    public AdministrativeUnit Successor { get; private set; } = null!;

    /// <summary>The office's wording: "Nhập toàn bộ", "Nhập một phần", …</summary>
    public string Note { get; private set; } = "";
}
