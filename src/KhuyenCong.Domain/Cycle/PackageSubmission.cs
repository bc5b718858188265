using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// One sending of a province package: the letter, the frozen Mẫu 2 rows, whether it was late, and, when the
/// ministry sent it back, when, by whom and why. A resent package is a new submission; earlier ones stay as sent.
/// </summary>
public sealed class PackageSubmission : AuditableEntity
{
    private readonly List<PackageRow> _rows = [];

    private PackageSubmission() { }

    internal PackageSubmission(int number, PackageLetter letter, IEnumerable<PackageRow> rows, string byUserId,
        string byName, DateTime atUtc, DateOnly day, bool late)
    {
        Number = number;
        Letter = letter;
        _rows.AddRange(rows);
        SubmittedByUserId = byUserId;
        SubmittedByName = byName;
        SubmittedAtUtc = atUtc;
        SubmittedOn = day;
        IsLate = late;
    }

    public int PackageId { get; private set; }

    /// <summary>1 for the first sending, 2 after the first return, and so on.</summary>
    public int Number { get; private set; }

    public PackageLetter Letter { get; private set; } = null!;
    public string SubmittedByUserId { get; private set; } = "";
    public string SubmittedByName { get; private set; } = "";
    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>The day in Vietnam the package was sent, compared with the round's deadline.</summary>
    public DateOnly SubmittedOn { get; private set; }

    public bool IsLate { get; private set; }
    public DateTime? ReturnedAtUtc { get; private set; }
    public string? ReturnedByName { get; private set; }
    public string? ReturnReason { get; private set; }
    public IReadOnlyList<PackageRow> Rows => _rows;

    public Vnd Requested => Vnd.Sum(_rows.Select(r => r.Requested));
    public Vnd Recommended => Vnd.Sum(_rows.Select(r => r.Recommended));

    internal void MarkReturned(string byName, DateTime atUtc, string reason)
    {
        ReturnedByName = byName;
        ReturnedAtUtc = atUtc;
        ReturnReason = reason;
    }
}
