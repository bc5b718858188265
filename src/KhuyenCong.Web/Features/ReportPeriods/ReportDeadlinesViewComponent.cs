using KhuyenCong.Data;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>
/// On the home page and the inbox of a province's department: the report periods its province has not yet reported
/// for (never sent, or returned), with the days left or how late it already is. Nothing for anyone else.
/// </summary>
public sealed class ReportDeadlinesViewComponent(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock)
    : ViewComponent
{
    /// <summary>A period waiting for the province's report; <see cref="DaysLeft"/> is negative once late.</summary>
    public sealed record Due(int PeriodId, int Year, ReportPeriodKind Kind, DateOnly Deadline, int DaysLeft,
        bool Returned);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var province = await ReportAccess.ReporterProvinceAsync(db, scopes, UserClaimsPrincipal, ct);
        if (province is null) return Content("");
        var today = VietnamTime.Today(clock);
        var rows = await db.ReportPeriods.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.Year, p.Kind, p.Deadline,
                Status = db.ReportSubmissions.Where(s => s.PeriodId == p.Id && s.ProvinceUnitId == province.Id)
                    .Select(s => (ReportSubmissionStatus?)s.Status).FirstOrDefault(),
            })
            .Where(p => p.Status != ReportSubmissionStatus.Submitted)
            .OrderBy(p => p.Deadline)
            .ToListAsync(ct);
        var due = rows.Select(p => new Due(p.Id, p.Year, p.Kind, p.Deadline, p.Deadline.DayNumber - today.DayNumber,
            p.Status == ReportSubmissionStatus.Returned)).ToList();
        return due.Count == 0 ? Content("") : View("~/Features/ReportPeriods/Views/_Deadlines.cshtml", due);
    }
}
