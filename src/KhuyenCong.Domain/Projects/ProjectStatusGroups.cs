namespace KhuyenCong.Domain.Projects;

/// <summary>
/// The groups of statuses that the rules and the figures speak of, named once (DOMAIN §5): every query, ceiling and
/// report reads them from here, so "approved" means the same on the dashboard, in the budget overview and in reports.
/// </summary>
public static class ProjectStatusGroups
{
    /// <summary>
    /// Approved and everything after it except stopping: the projects being (or having been) carried out.
    /// </summary>
    public static readonly IReadOnlyList<ProjectStatus> Approved =
        [ProjectStatus.Approved, ProjectStatus.InProgress, ProjectStatus.Accepted, ProjectStatus.Settled,
         ProjectStatus.Closed];

    /// <summary>Under contract or beyond: their approved support counts against the implementer's allocation.</summary>
    public static readonly IReadOnlyList<ProjectStatus> Committed =
        [ProjectStatus.InProgress, ProjectStatus.Accepted, ProjectStatus.Settled,
         ProjectStatus.Closed];

    /// <summary>Never funded or given up: left out when looking for the same establishment funded twice.</summary>
    public static readonly IReadOnlyList<ProjectStatus> NotFunded =
        [ProjectStatus.Draft, ProjectStatus.Rejected, ProjectStatus.Stopped];

    /// <summary>
    /// A KCQG proposal in the registration with the ministry: base-appraised (to send) or registered.
    /// </summary>
    public static readonly IReadOnlyList<ProjectStatus> InRegistration =
        [ProjectStatus.BaseAppraised, ProjectStatus.Registered];

    /// <summary>Accepted (nghiệm thu) and after: the acceptance minutes exist.</summary>
    public static readonly IReadOnlyList<ProjectStatus> AcceptedOrLater =
        [ProjectStatus.Accepted, ProjectStatus.Settled, ProjectStatus.Closed];

    /// <summary>Settled (quyết toán) and after: the settlement decision exists.</summary>
    public static readonly IReadOnlyList<ProjectStatus> SettledOrLater = [ProjectStatus.Settled, ProjectStatus.Closed];

    /// <summary>Approved with no contract: at the year's close each is carried over or cancelled (§11.7).</summary>
    public static readonly IReadOnlyList<ProjectStatus> NotStarted = [ProjectStatus.Approved];

    /// <summary>Under contract and not settled: the year's close lists them and leaves them as they are.</summary>
    public static readonly IReadOnlyList<ProjectStatus> Underway = [ProjectStatus.InProgress, ProjectStatus.Accepted];

    /// <summary>Proposals never decided: the year's close lists them and leaves them where they are.</summary>
    public static readonly IReadOnlyList<ProjectStatus> Undecided =
        [ProjectStatus.Draft, ProjectStatus.Submitted, ProjectStatus.BaseAppraised, ProjectStatus.Registered];
}
