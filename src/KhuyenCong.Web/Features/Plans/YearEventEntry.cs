using System.Linq.Expressions;
using KhuyenCong.Domain.Budgets;

namespace KhuyenCong.Web.Features.Plans;

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
