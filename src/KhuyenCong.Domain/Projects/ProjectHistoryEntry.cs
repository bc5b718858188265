using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>One step of a project's history: who did what, when, from which state to which, with the decision and amount.</summary>
public sealed class ProjectHistoryEntry : IAppendOnly
{
    private ProjectHistoryEntry() { }

    internal ProjectHistoryEntry(ProjectAction action, ProjectStatus from, ProjectStatus to, Actor by, DateTime atUtc,
        string? comment, string? decisionNumber, DateOnly? decisionDate, Vnd? amount, int? score)
    {
        Action = action;
        FromStatus = from;
        ToStatus = to;
        UserId = by.UserId;
        UserName = by.Name;
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
    public DateTime AtUtc { get; private set; }
    public string? Comment { get; private set; }
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public long? AmountDong { get; private set; }
    public int? Score { get; private set; }
}

/// <summary>Who performs a step: the user (for history and the no-self-approval rule) and their organisation.</summary>
public sealed record Actor(string UserId, string Name, int OrganisationId);
