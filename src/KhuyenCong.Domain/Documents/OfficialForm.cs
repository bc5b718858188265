using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Documents;

/// <summary>
/// The form number printed above an official table ("Mẫu số 1", "Biểu số 01/BC-KC") and the instrument that issues
/// it ("ban hành kèm theo Thông tư số 20/2017/TT-BCT"), in force over dates (issue 14). Data, not code: when an
/// instrument is replaced, an administrator records the new text from its first day and the documents of earlier
/// dates keep the old one. One key holds a run of entries that do not overlap, the last one open-ended.
/// </summary>
public class OfficialForm : AuditableEntity
{
    private OfficialForm() { }

    public OfficialForm(string key, string number, string? instrument, DateOnly validFrom)
    {
        Key = Guard.Required(key, "mã biểu mẫu");
        ValidFrom = validFrom;
        Correct(number, instrument);
    }

    /// <summary>Which table the entry numbers (<see cref="OfficialFormKeys"/>).</summary>
    public string Key { get; private set; } = "";

    public string Number { get; private set; } = "";

    /// <summary>The instrument the form comes from; null for the portal's own numbered tables.</summary>
    public string? Instrument { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day in force; null while it is the current text.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool InForceOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>Corrects the entry's text for every date it covers (a typing error, not a new instrument).</summary>
    public void Correct(string number, string? instrument)
    {
        Number = Guard.Required(number, "số hiệu của biểu mẫu");
        Instrument = string.IsNullOrWhiteSpace(instrument) ? null : instrument.Trim();
    }

    /// <summary>
    /// A new instrument from <paramref name="from"/>: this entry ends the day before, the returned one starts then.
    /// Only the entry in force today can be replaced (409 otherwise); the new day must come after this one's first.
    /// </summary>
    public OfficialForm ReplaceFrom(DateOnly from, string number, string? instrument)
    {
        if (ValidTo is { } end)
            throw new WorkflowException(
                "Biểu mẫu này đã được thay từ ngày {0}: chỉ thay được nội dung đang áp dụng.",
                end.AddDays(1).ToString("dd/MM/yyyy"));
        if (from <= ValidFrom)
            throw new DomainException("Ngày áp dụng nội dung mới ({0}) phải sau ngày bắt đầu áp dụng nội dung hiện tại "
                + "({1}).", from.ToString("dd/MM/yyyy"), ValidFrom.ToString("dd/MM/yyyy"));
        var next = new OfficialForm(Key, number, instrument, from);
        ValidTo = from.AddDays(-1);
        return next;
    }

    /// <summary>
    /// Takes back <paramref name="replacement"/>, this entry's replacement recorded by mistake (a wrong first day or
    /// instrument): this entry is in force again with no end, and the caller removes the replacement. Only the newest
    /// entry, the one that replaced this one, can be taken back (409 otherwise).
    /// </summary>
    public void Reopen(OfficialForm replacement)
    {
        if (replacement.Key != Key || replacement.ValidTo is not null || ValidTo != replacement.ValidFrom.AddDays(-1))
            throw new WorkflowException("Chỉ hủy được nội dung mới nhất của biểu mẫu.");
        ValidTo = null;
    }
}
