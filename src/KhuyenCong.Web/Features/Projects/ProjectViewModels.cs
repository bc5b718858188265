using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KhuyenCong.Web.Features.Projects;

/// <param name="ProvinceCodes">The recorded province codes <paramref name="Province"/> stands for (from 2026 a current
/// province and its predecessors, see <see cref="KhuyenCong.Web.Features.Budget.ProvinceOffers"/>); null for the
/// code itself.</param>
public sealed record ProjectFilter(int? Year, Fund? Fund, string? Province, ProjectStatus? Status, int? ContentId,
    ProjectKind? Kind, string? Q, IReadOnlyList<string>? ProvinceCodes = null);

public sealed record ProjectListRow(
    int Id, string Code, string Name, int Year, Fund Fund, ProjectKind Kind, ProjectStatus Status, string Content,
    string ImplementingOrganisation, string Location, Vnd Requested, Vnd? Approved, Vnd Disbursed, int LocationUnitId = 0)
{
    /// <summary>Where the location is today (set for the list page).</summary>
    public Domain.Reform.UnitPlace? Place { get; set; }
}

public sealed record ProjectIndexViewModel(
    ProjectFilter Filter, PagedList<ProjectListRow> List, IReadOnlyList<SelectListItem> Contents,
    IReadOnlyList<Budget.ProvinceOption> Provinces, bool CanDraft);

public sealed record HistoryRow(ProjectAction Action, ProjectStatus From, ProjectStatus To, string By, DateTime AtUtc,
    string? Comment, string? DecisionNumber, DateOnly? DecisionDate, long? AmountDong, int? Score)
{
    /// <summary>The actor's organisation as named that day, and the ended one it acted for (DOMAIN §10).</summary>
    public string? Organisation { get; init; }
    public string? OnBehalfOf { get; init; }
}

public sealed record BeneficiaryRow(int Id, string Name, string? TaxCode, string? Area);

public sealed record DisbursementRow(DisbursementKind Kind, string DocumentNumber, DateOnly Date, Vnd Amount, string? Note);

public sealed record DuplicateFunding(string Establishment, string TaxCode, string ProjectCode, int Year, ProjectStatus Status);

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

/// <summary>A signed document's number and date, as recorded on its draft.</summary>
public sealed record SignedNumber(string Number, DateOnly Date);

/// <summary>A step this user may not take on this project, with the rule (shown in the user's language).</summary>
public sealed record DutyRefusalRow(ProjectAction Action, DomainException Refusal);

public sealed record AttachmentRow(int Id, string FileName, long Size, string By, DateTime AtUtc);

/// <summary>A refused step: the status it answered and the reason, already in the user's language.</summary>
public sealed record StepRefusal(int Status, string Reason);
