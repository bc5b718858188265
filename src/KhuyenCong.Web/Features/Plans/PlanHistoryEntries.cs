using System.Linq.Expressions;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>One entry of a plan's estimate history as the plan page lists it.</summary>
public sealed record EstimateEntry(int Sequence, Vnd Estimate, Vnd Change, string? DecisionNumber,
    DateOnly? DecisionDate, string? Reason, string By, DateTime AtUtc)
{
    public bool IsOriginal => Sequence == 0;

    public static readonly Expression<Func<EstimateRevision, EstimateEntry>> FromRevision = r => new EstimateEntry(
        r.Sequence, new Vnd(r.EstimateDong), new Vnd(r.ChangeDong), r.DecisionNumber, r.DecisionDate, r.Reason,
        r.CreatedBy, r.CreatedAtUtc);
}
