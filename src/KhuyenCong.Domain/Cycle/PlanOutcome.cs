namespace KhuyenCong.Domain.Cycle;

/// <summary>What a plan decision says of one project.</summary>
public enum PlanOutcome
{
    Approved = 1,
    Rejected = 2,
}
