using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// One project of a plan decision as the decision-maker set it: approve (amount, by default the appraised one; the
/// ministry's score, by default the council's mean) or reject (with the reason). <paramref name="Cap"/> is the support
/// cap in force on the decision's date.
/// </summary>
public sealed record PlanChoice(Project Project, PlanOutcome Outcome, int? Score, Vnd? Amount, double? CouncilMean,
    string? Reason, SupportCap? Cap)
{
    /// <summary>The appraised amount, or the requested one where no appraisal amount was recorded.</summary>
    public Vnd DefaultAmount => new(Project.AppraisedSupportDong ?? Project.RequestedSupportDong);

    /// <summary>The council's mean rounded to whole points, as the ministry's score takes them.</summary>
    public int? DefaultScore => CouncilMean is { } mean ? (int)Math.Round(mean, MidpointRounding.AwayFromZero) : null;
}
