using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// One step of a project's history: who did what, when, from which state to which, with the decision and amount.
/// </summary>
public sealed class ProjectHistoryEntry : IAppendOnly
{
    private ProjectHistoryEntry() { }

    internal ProjectHistoryEntry(ProjectAction action, ProjectStatus from, ProjectStatus to, Actor by, DateTime atUtc,
        string? comment, string? decisionNumber, DateOnly? decisionDate, Vnd? amount, int? score,
        PredecessorOrganisation? actingFor = null)
    {
        Action = action;
        FromStatus = from;
        ToStatus = to;
        UserId = by.UserId;
        UserName = by.Name;
        OrganisationId = by.OrganisationId == 0 ? null : by.OrganisationId;
        OrganisationName = by.OrganisationName;
        OnBehalfOfOrganisationId = actingFor?.OrganisationId;
        OnBehalfOfName = actingFor?.Name;
        AtUtc = atUtc;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        DecisionNumber = string.IsNullOrWhiteSpace(decisionNumber) ? null : decisionNumber.Trim();
        DecisionDate = decisionDate;
        AmountDong = amount?.Dong;
        Score = score;
    }

    public long Id { get; private set; }
    public int ProjectId { get; private set; }
    public ProjectAction Action { get; private set; }
    public ProjectStatus FromStatus { get; private set; }
    public ProjectStatus ToStatus { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserName { get; private set; } = "";

    /// <summary>The actor's organisation, and its name on the day (names change; the row keeps what it was).</summary>
    public int? OrganisationId { get; private set; }
    public string? OrganisationName { get; private set; }

    /// <summary>The ended organisation the actor's organisation acted for, as its successor (DOMAIN §10).</summary>
    public int? OnBehalfOfOrganisationId { get; private set; }
    public string? OnBehalfOfName { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string? Comment { get; private set; }
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public long? AmountDong { get; private set; }
    public int? Score { get; private set; }
}

/// <summary>Who performs a step: the user (for history and the no-self-approval rule) and their organisation.</summary>
public sealed record Actor(string UserId, string Name, int OrganisationId)
{
    /// <summary>The organisation's name on the day of the step (null where the caller did not read it).</summary>
    public string? OrganisationName { get; init; }

    /// <summary>
    /// The kind of the actor's organisation: which level it is for the separation of duties (the approving level,
    /// <see cref="ProjectDuty.ApprovingLevel"/>); null where the caller did not read it, which is no level at all.
    /// </summary>
    public Organisations.OrganisationKind? OrganisationKind { get; init; }

    /// <summary>The ended organisations whose work this actor's organisation carries on.</summary>
    public IReadOnlyList<PredecessorOrganisation> Predecessors { get; init; } = [];

    /// <summary>The actor's organisation and its predecessors: "my organisation's" projects and allocations.</summary>
    public IReadOnlyList<int> OrganisationIds => [OrganisationId, .. Predecessors.Select(p => p.OrganisationId)];

    /// <summary>
    /// The predecessor a step on this project is taken for: the implementing organisation when it is one, else the
    /// predecessor that worked for the project's place (a legacy province's department for its 2021 projects).
    /// </summary>
    public PredecessorOrganisation? ActingFor(int implementingOrganisationId, int locationUnitId) =>
        Predecessors.FirstOrDefault(p => p.OrganisationId == implementingOrganisationId)
        ?? (implementingOrganisationId == OrganisationId
            ? null
            : Predecessors.FirstOrDefault(p => p.UnitIds.Contains(locationUnitId)));
}
