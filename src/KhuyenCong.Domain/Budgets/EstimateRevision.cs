using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Budgets;

/// <summary>
/// One dated entry of a plan's estimate (dự toán): the original one when the plan is made, then each mid-year
/// adjustment (điều chỉnh dự toán) with its own decision and reason. Entries are never changed: the plan's
/// current estimate is the last entry's, and the plan page lists them all.
/// </summary>
public class EstimateRevision : AuditableEntity, IAppendOnly
{
    private EstimateRevision() { }

    internal EstimateRevision(AnnualPlan plan, int sequence, Vnd estimate, Vnd change, string? decisionNumber,
        DateOnly? decisionDate, string? reason)
    {
        Plan = plan;
        PlanId = plan.Id;
        Sequence = sequence;
        EstimateDong = estimate.Dong;
        ChangeDong = change.Dong;
        DecisionNumber = string.IsNullOrWhiteSpace(decisionNumber) ? null : decisionNumber.Trim();
        DecisionDate = decisionDate;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    public int PlanId { get; private set; }
    public AnnualPlan? Plan { get; private set; }

    /// <summary>0 for the original estimate, then 1, 2, … for the adjustments in their order.</summary>
    public int Sequence { get; private set; }

    /// <summary>The estimate after this entry.</summary>
    public long EstimateDong { get; private set; }

    /// <summary>The change against the entry before (the whole estimate for the original).</summary>
    public long ChangeDong { get; private set; }

    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public string? Reason { get; private set; }

    public bool IsOriginal => Sequence == 0;
    public Vnd Estimate => new(EstimateDong);
    public Vnd Change => new(ChangeDong);
}
