using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// One entry of a project's payments ledger, dated and numbered; append-only: a mistake is corrected by a reversal
/// entry, an over-payment by a recovery entry, never by changing or deleting a row (DOMAIN §4, §11 step 5).
/// <see cref="AmountDong"/> is the money that moved (negative for a reversal or a recovery), so the sum of the
/// entries is what the implementer holds; <see cref="AdvanceClearedDong"/> is the part of a payment that settles an
/// earlier advance (thanh toán tạm ứng) instead of sending new money.
/// </summary>
public sealed class Disbursement : IAppendOnly
{
    private Disbursement() { }

    private Disbursement(DisbursementKind kind, string documentNumber, DateOnly date, Vnd amount, Vnd advanceCleared,
        string? note, Disbursement? reverses = null)
    {
        Kind = kind;
        DocumentNumber = Guard.Required(documentNumber, "số chứng từ");
        Date = date;
        AmountDong = amount.Dong;
        AdvanceClearedDong = advanceCleared.Dong;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Reverses = reverses;
    }

    /// <summary>An advance (new money, nothing cleared) or a payment (new money and/or an advance cleared).</summary>
    internal static Disbursement Entry(DisbursementKind kind, string documentNumber, DateOnly date, Vnd amount,
        Vnd advanceCleared, string? note)
    {
        if (kind is not (DisbursementKind.Advance or DisbursementKind.Payment))
            throw new DomainException(
                "Hãy chọn hình thức tạm ứng hoặc thanh toán; điều chỉnh giảm và thu hồi có bước riêng.");
        if (amount.IsNegative || advanceCleared.IsNegative)
            throw new DomainException("Số tiền giải ngân không được âm.");
        if (kind == DisbursementKind.Advance && !advanceCleared.IsZero)
            throw new DomainException("Tạm ứng không thanh toán tạm ứng khác; hãy chọn hình thức thanh toán.");
        if ((amount + advanceCleared).Dong <= 0) throw new DomainException("Số tiền giải ngân phải lớn hơn 0.");
        return new Disbursement(kind, documentNumber, date, amount, advanceCleared, note);
    }

    /// <summary>Cancels (part of) a mistyped entry: the money and the advance clearing it recorded, negated.</summary>
    internal static Disbursement Reversal(Disbursement entry, string documentNumber, DateOnly date, Vnd amount,
        Vnd advanceCleared, string reason) =>
        new(DisbursementKind.Reversal, documentNumber, date, -amount, -advanceCleared, reason, entry);

    /// <summary>Money the implementer paid back because it received more than the settled amount (thu hồi).</summary>
    internal static Disbursement Recovery(string documentNumber, DateOnly date, Vnd amount, string? note) =>
        new(DisbursementKind.Recovery, documentNumber, date, -amount, Vnd.Zero, note);

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public DisbursementKind Kind { get; private set; }
    public string DocumentNumber { get; private set; } = "";
    public DateOnly Date { get; private set; }

    /// <summary>The money that moved: positive paid out, negative reversed or recovered.</summary>
    public long AmountDong { get; private set; }

    /// <summary>The part of the advance this entry settles (negative on a reversal of such a payment).</summary>
    public long AdvanceClearedDong { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The entry a reversal corrects.</summary>
    public int? ReversesId { get; private set; }
    public Disbursement? Reverses { get; private set; }

    public Vnd Amount => new(AmountDong);
    public Vnd AdvanceCleared => new(AdvanceClearedDong);
}
