namespace KhuyenCong.Domain.Organisations;

/// <summary>
/// A successor link: from <see cref="EffectiveFrom"/> the successor carries on the predecessor's work (a legacy
/// province's Sở Công Thương → the current province's; a legacy district's UBND → several communes' UBND).
/// </summary>
public sealed class OrganisationSuccession
{
    private OrganisationSuccession() { }

    internal OrganisationSuccession(
        Organisation predecessor, Organisation successor, DateOnly effectiveFrom, string? note)
    {
        Predecessor = predecessor;
        Successor = successor;
        EffectiveFrom = effectiveFrom;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }
    public int PredecessorId { get; private set; }
    public Organisation Predecessor { get; private set; } = null!;
    public int SuccessorId { get; private set; }
    public Organisation Successor { get; private set; } = null!;

    /// <summary>The first day of the successor's responsibility: the day after the predecessor's last.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The instrument or wording of the change (e.g. "Nghị quyết 202/2025/QH15").</summary>
    public string? Note { get; private set; }
}
