using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>Giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu, publicly checkable by its number.</summary>
public class Certificate : AuditableEntity
{
    private Certificate() { }

    internal Certificate(ProductEntry entry, RoundLevel level, string number, DateOnly issueDate)
    {
        Entry = entry;
        Level = level;
        Number = Guard.Required(number, "số giấy chứng nhận").ToUpperInvariant();
        IssueDate = issueDate;
        ValidUntil = ValidUntilFor(issueDate);
    }

    public string Number { get; private set; } = "";
    public int EntryId { get; private set; }
    public ProductEntry? Entry { get; private set; }
    public RoundLevel Level { get; private set; }
    public DateOnly IssueDate { get; private set; }
    public DateOnly ValidUntil { get; private set; }

    /// <summary>31 December of the fourth year, counting the issue year as the first (2021 → 31/12/2024).</summary>
    public static DateOnly ValidUntilFor(DateOnly issueDate) => new(issueDate.Year + 3, 12, 31);

    public bool IsValidOn(DateOnly date) => IssueDate <= date && date <= ValidUntil;
}
