using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Projects;

public sealed class ProjectDetailsViewModel
{
    public required Project Project { get; init; }
    public required string Content { get; init; }
    public required string ImplementingOrganisation { get; init; }
    public required string Location { get; init; }

    /// <summary>The location with where it is today, when it is a legacy unit.</summary>
    public Domain.Reform.UnitPlace? LocationPlace { get; init; }
    public required IReadOnlyList<BeneficiaryRow> Beneficiaries { get; init; }
    public required IReadOnlyList<HistoryRow> History { get; init; }
    public required IReadOnlyList<DisbursementRow> Disbursements { get; init; }
    public required IReadOnlyList<ProjectAction> Steps { get; init; }
    public IReadOnlyList<DuplicateFunding> Duplicates { get; init; } = [];
    public IReadOnlyList<AttachmentRow> Attachments { get; init; } = [];
    public bool CanAttach { get; init; }
    public StepFormModel Form { get; set; } = new();
    public ProjectAction? FailedStep { get; set; }

    /// <summary>Why the step in <see cref="FailedStep"/> was refused (403 or 409); null for a rule's refusal, which
    /// shows in the form's summary.</summary>
    public StepRefusal? Refusal { get; set; }

    /// <summary>Steps the user's role would take now but the separation of duties gives to someone else.</summary>
    public IReadOnlyList<DutyRefusalRow> NotYourSteps { get; init; } = [];

    /// <summary>Steps a registration round of the project's year takes over (its province package's).</summary>
    public IReadOnlyList<DutyRefusalRow> PackageSteps { get; init; } = [];

    /// <summary>The province package the project is in, or its year's round; null without a round.</summary>
    public string? PackageLink { get; init; }

    /// <summary>
    /// The number and date recorded on the latest signed draft of each step's document (issue 14): the step's form
    /// starts from them, so the officer does not copy the signed number by hand.
    /// </summary>
    public IReadOnlyDictionary<ProjectAction, SignedNumber> SignedNumbers { get; init; } =
        new Dictionary<ProjectAction, SignedNumber>();
}
