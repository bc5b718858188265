using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.ProductRounds;

public sealed class EntryDetailsViewModel
{
    public required ProductRound Round { get; init; }
    public required ProductEntry Entry { get; init; }
    public required string Group { get; init; }
    public required string EstablishmentName { get; init; }
    public required string Location { get; init; }
    public string? PrerequisiteNumber { get; init; }
    public string? CertificateNumber { get; init; }
    public required IReadOnlyList<SheetRow> Sheets { get; init; }
    public required IReadOnlyList<AttachmentRow> Attachments { get; init; }
    public int[]? MyPoints { get; init; }
    public bool CanManage { get; init; }
    public bool IsMember { get; init; }
    public bool IsRecused { get; init; }
    public bool CanAttach { get; init; }
    public bool CanEdit { get; init; }
    public int MembersCounted { get; init; }
    public string? ScoreError { get; init; }

    /// <summary>Why the user may not score, declare a conflict, decide eligibility or issue the certificate now
    /// (null: the step's form is shown); the same answers the steps give.</summary>
    public DomainException? ScoreRefusal { get; init; }
    public DomainException? RecuseRefusal { get; init; }
    public DomainException? EligibilityRefusal { get; init; }
    public DomainException? CertificateRefusal { get; init; }

    /// <summary>Entries of the round still waiting for the member's sheet, this one included.</summary>
    public int WaitingForMe { get; init; }

    /// <summary>A refused step, with what was typed.</summary>
    public EntryRefusal? Refusal { get; set; }
}

public sealed record SheetRow(string MemberName, int[] Points, int Total);

public sealed record AttachmentRow(int Id, string FileName, long SizeBytes, bool IsPhoto);

/// <summary>A step on an entry as posted: the points or the reason typed.</summary>
public sealed record EntryStepInput(int EntryId, EntryStep Step, int[]? Points, string? Reason);

/// <summary>A refused step: the status it answered and the reason, already in the user's language.</summary>
public sealed record EntryRefusal(EntryStepInput Input, int Status, string Reason);
