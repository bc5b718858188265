namespace KhuyenCong.Web.Features.Plans;

/// <summary>A decision already recorded on the plan: its tranche, date and the recipients it named.</summary>
public sealed record TrancheDecision(string Number, int Tranche, DateOnly Date, IReadOnlyList<int> RecipientIds);
