using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>
/// A period's page: per province of the reader's scope, who has reported (late or on time) and who has not, the
/// national figures summed from the frozen reports, and whether the reader's own province may still send.
/// </summary>
public static class ReportPeriodPage
{
    public static async Task<ReportPeriodDetailsViewModel?> LoadAsync(AppDbContext db, IUserScopeProvider scopes,
        ClaimsPrincipal user, DateOnly today, int id, CancellationToken ct)
    {
        var period = await db.ReportPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (period is null) return null;
        var scope = await scopes.GetAsync(user, ct);
        var provinces = await ReportAccess.ProvincesInScope(db, scope).Select(u => new { u.Id, u.Name })
            .ToListAsync(ct);
        var submissions = await db.ReportSubmissions.AsNoTracking().InScope(scope)
            .Where(s => s.PeriodId == id)
            .Select(s => new
            {
                s.Id, s.ProvinceUnitId, s.Status, s.SubmittedOn, s.IsLate, s.LetterNumber,
                s.AllocatedKcqgDong, s.AllocatedKcdpDong,
                Rows = s.Rows.Where(r => r.Attempt == s.Submissions).Select(r => new
                {
                    r.Fund, r.TotalCostDong, r.SupportDong, r.CounterpartDong, r.DisbursedDong, r.SettledDong,
                }).ToList(),
            })
            .ToListAsync(ct);
        var byProvince = submissions.ToDictionary(s => s.ProvinceUnitId);
        var rows = provinces.Select(p =>
        {
            if (!byProvince.TryGetValue(p.Id, out var s))
                return new ProvinceReportRow(p.Id, p.Name, null, null, null, false, null, 0, ReportTotals.Zero);
            var totals = new ReportTotals(
                new Vnd(s.Rows.Sum(r => r.TotalCostDong)),
                new Vnd(s.Rows.Where(r => r.Fund == Fund.Kcqg).Sum(r => r.SupportDong)),
                new Vnd(s.Rows.Where(r => r.Fund == Fund.Kcdp).Sum(r => r.SupportDong)),
                new Vnd(s.Rows.Sum(r => r.CounterpartDong)),
                new Vnd(s.AllocatedKcqgDong + s.AllocatedKcdpDong),
                new Vnd(s.Rows.Sum(r => r.DisbursedDong)),
                new Vnd(s.Rows.Sum(r => r.SettledDong)));
            return new ProvinceReportRow(p.Id, p.Name, s.Id, s.Status, s.SubmittedOn, s.IsLate, s.LetterNumber,
                s.Rows.Count, totals);
        }).OrderBy(r => r.Province, VietnameseText.NameOrder).ToList();
        var own = await ReportAccess.ReporterProvinceAsync(db, scopes, user, ct);
        return new ReportPeriodDetailsViewModel
        {
            Period = period, Provinces = rows, Today = today, IsNationwide = scope.IsNationwide,
            CanSubmit = own is not null
                && rows.FirstOrDefault(r => r.UnitId == own.Id)?.Status != ReportSubmissionStatus.Submitted,
        };
    }
}
