using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Commendations;

/// <summary>
/// A commendation (Bằng khen) to an organisation or an individual (DOMAIN §7). Its province is its scope unit.
/// </summary>
public class Commendation : AuditableEntity, IScopedRecord
{
    private Commendation() { }

    public Commendation(RecipientKind kind, string recipient, string? recipientOrganisation, string form,
        int periodFrom, int periodTo,
        string decisionNumber, DateOnly decisionDate, string? reason, AdministrativeUnit? unit)
    {
        Update(kind, recipient, recipientOrganisation, form, periodFrom, periodTo, decisionNumber, decisionDate, reason,
            unit);
    }

    public RecipientKind Kind { get; private set; }
    public string Recipient { get; private set; } = "";
    public string SearchKey { get; private set; } = "";

    /// <summary>
    /// The individual's organisation (for an organisation: its parent body), as written on the decision.
    /// </summary>
    public string? RecipientOrganisation { get; private set; }

    /// <summary>Hình thức, e.g. "Bằng khen của Bộ trưởng Bộ Công Thương".</summary>
    public string Form { get; private set; } = "";

    public int PeriodFrom { get; private set; }
    public int PeriodTo { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>The province (or lower unit) the recipient belongs to; null for ministry-level recipients.</summary>
    public int? UnitId { get; private set; }

    public AdministrativeUnit? Unit { get; private set; }
    public int? ScopeUnitId => UnitId;

    public void Update(RecipientKind kind, string recipient, string? recipientOrganisation, string form, int periodFrom,
        int periodTo,
        string decisionNumber, DateOnly decisionDate, string? reason, AdministrativeUnit? unit)
    {
        if (periodFrom is < 1990 or > 2100 || periodTo < periodFrom)
            throw new DomainException("Giai đoạn khen thưởng không hợp lệ (năm đầu không được sau năm cuối).");
        if (decisionDate.Year < periodFrom)
            throw new DomainException("Ngày quyết định không được trước giai đoạn khen thưởng.");
        Kind = kind;
        Recipient = Guard.Required(recipient, "người/tập thể được khen thưởng");
        SearchKey = VietnameseText.SearchKey(Recipient);
        RecipientOrganisation = string.IsNullOrWhiteSpace(recipientOrganisation) ? null : recipientOrganisation.Trim();
        Form = Guard.Required(form, "hình thức khen thưởng");
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        DecisionNumber = Guard.Required(decisionNumber, "số quyết định");
        DecisionDate = decisionDate;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Unit = unit;
        UnitId = unit?.Id;
    }
}
