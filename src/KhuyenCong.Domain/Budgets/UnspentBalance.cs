using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Budgets;

/// <summary>What happens at year end to a recipient's allocation that its projects did not spend.</summary>
public enum UnspentDisposition
{
    /// <summary>Nộp trả ngân sách.</summary>
    Returned = 1,

    /// <summary>Chuyển nguồn sang năm sau (Luật Ngân sách nhà nước).</summary>
    CarriedOver = 2,
}

/// <summary>
/// One recipient's unspent allocation at the year-end close: allocated, disbursed by its projects of the plan,
/// the difference and whether it is returned or carried over (chuyển nguồn). Written once, with the close.
/// </summary>
public class UnspentBalance
{
    private UnspentBalance() { }

    public UnspentBalance(int recipientId, Vnd allocated, Vnd disbursed, UnspentDisposition disposition)
    {
        if (!Enum.IsDefined(disposition))
            throw new DomainException("Hãy chọn nộp trả hoặc chuyển nguồn cho số chưa sử dụng.");
        RecipientId = recipientId;
        AllocatedDong = allocated.Dong;
        DisbursedDong = disbursed.Dong;
        Disposition = disposition;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int RecipientId { get; private set; }
    public Organisations.Organisation? Recipient { get; private set; }
    public long AllocatedDong { get; private set; }
    public long DisbursedDong { get; private set; }
    public UnspentDisposition Disposition { get; private set; }

    public Vnd Unspent => new(AllocatedDong - DisbursedDong);

    public static string Name(UnspentDisposition disposition) =>
        disposition == UnspentDisposition.Returned ? "Nộp trả ngân sách" : "Chuyển nguồn sang năm sau";
}
