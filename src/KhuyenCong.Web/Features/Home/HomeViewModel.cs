namespace KhuyenCong.Web.Features.Home;

public sealed class HomeViewModel
{
    public string FullName { get; init; } = "";
    public string Organisation { get; init; } = "";
    public IReadOnlyList<string> Roles { get; init; } = [];
    public int LockedAccounts { get; set; }
    public bool TwoFactorEnabled { get; set; }

    /// <summary>Projects waiting for the user, per step.</summary>
    public IReadOnlyList<(string Title, int Count)> Waiting { get; set; } = [];

    /// <summary>A council member's projects to score, per appraisal council.</summary>
    public IReadOnlyList<AppraisalCouncil.AppraisalTasksQuery.ScoringTask> Scoring { get; set; } = [];

    /// <summary>A council member's product entries to score, per round.</summary>
    public IReadOnlyList<ProductRounds.ScoringTasksQuery.RoundTask> EntriesToScore { get; set; } = [];
}
