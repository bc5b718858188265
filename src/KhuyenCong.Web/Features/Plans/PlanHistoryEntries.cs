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

/// <summary>A year-end close or reopening as the plan page lists it.</summary>
public sealed record YearEventEntry(PlanYearEventKind Kind, DateOnly Date, string? Reason, string By, DateTime AtUtc,
    int Returned, int Carried, long UnspentDong)
{
    public static readonly Expression<Func<PlanYearEvent, YearEventEntry>> FromEvent = e => new YearEventEntry(
        e.Kind, e.Date, e.Reason, e.CreatedBy, e.CreatedAtUtc,
        e.Balances.Count(b => b.Disposition == UnspentDisposition.Returned),
        e.Balances.Count(b => b.Disposition == UnspentDisposition.CarriedOver),
        e.Balances.Sum(b => b.AllocatedDong - b.DisbursedDong));
}
