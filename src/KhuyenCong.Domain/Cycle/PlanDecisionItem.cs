using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>A project in a plan decision's list, as decided: never changed afterwards.</summary>
public sealed class PlanDecisionItem : IAppendOnly
{
    private PlanDecisionItem() { }

    internal PlanDecisionItem(PlanChoice choice, int? score, Vnd? amount)
    {
        ProjectId = choice.Project.Id;
        ProjectCode = choice.Project.Code;
        ProjectName = choice.Project.Name;
        Outcome = choice.Outcome;
        Score = score;
        AmountDong = amount?.Dong;
        CouncilMean = choice.CouncilMean;
        Reason = string.IsNullOrWhiteSpace(choice.Reason) ? null : choice.Reason.Trim();
    }

    public long Id { get; private set; }
    public int DecisionId { get; private set; }
    public int ProjectId { get; private set; }

    /// <summary>Code and name as on the decision's day.</summary>
    public string ProjectCode { get; private set; } = "";
    public string ProjectName { get; private set; } = "";
    public PlanOutcome Outcome { get; private set; }
    public int? Score { get; private set; }
    public long? AmountDong { get; private set; }
    public double? CouncilMean { get; private set; }
    public string? Reason { get; private set; }
}
