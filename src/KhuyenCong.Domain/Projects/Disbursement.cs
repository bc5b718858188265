using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>An advance or payment to the implementing organisation, dated and numbered; append-only.</summary>
public sealed class Disbursement : IAppendOnly
{
    private Disbursement() { }

    internal Disbursement(DisbursementKind kind, string documentNumber, DateOnly date, Vnd amount, string? note)
    {
        if (amount.Dong <= 0) throw new DomainException("Số tiền giải ngân phải lớn hơn 0.");
        Kind = kind;
        DocumentNumber = Guard.Required(documentNumber, "số chứng từ");
        Date = date;
        AmountDong = amount.Dong;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public DisbursementKind Kind { get; private set; }
    public string DocumentNumber { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public long AmountDong { get; private set; }
    public string? Note { get; private set; }

    public Vnd Amount => new(AmountDong);
}
