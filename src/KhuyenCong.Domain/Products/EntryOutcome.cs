namespace KhuyenCong.Domain.Products;

/// <summary>
/// Where an entry stands in a round's ranking. "Đạt điểm, ngoài số lượng công nhận" (at or above the threshold but
/// beyond the quota) is not "Không đạt" (below the threshold): the producer may enter again and officers report them
/// apart.
/// </summary>
public enum EntryOutcome
{
    Recognised = 1,
    PassedOutsideQuota = 2,
    NotPassed = 3,

    /// <summary>Before the decision: tied on the quota's last place, waiting for the organiser's choice.</summary>
    TiedAtQuota = 4,
    Ineligible = 5,

    /// <summary>No counted sheet (decided under a quorum exception).</summary>
    NotScored = 6,
}
