using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Cycle;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.PlanDecisions;

/// <summary>What the form does with one listed project; "not in this decision" leaves it waiting.</summary>
public enum PlanRowChoice
{
    Omit = 0,
    Approve = 1,
    Reject = 2,
}

public sealed record PlanDecisionRowView(int Id, Fund Fund, int Year, string Number, DateOnly Date, string Recorder,
    int Approved, int Rejected, long ApprovedDong);
