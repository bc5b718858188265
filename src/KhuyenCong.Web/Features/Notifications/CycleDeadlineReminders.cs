using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// The yearly cycle's deadlines (DOMAIN §11 steps 1–2 and 6): a province whose KCQG registration package or period
/// report is not with the ministry hears of it 7 days before the deadline, on the day and once after it; after a
/// report deadline the ministry hears how many provinces are late. Each once per user, stage and deadline (a moved
/// deadline reminds again): the stored notifications' unique (user, key) index keeps several instances and hourly
/// runs from repeating them, so the state lives in the database, not in a process.
/// </summary>
public sealed class CycleDeadlineReminders(AppDbContext db, Notifier notifier)
{
    public const string RegistrationSoon =
        "Hồ sơ đăng ký kế hoạch KCQG năm {0} của tỉnh chưa được gửi Bộ Công Thương; hạn gửi ngày {1}.";
    public const string RegistrationToday =
        "Hôm nay ({1}) là hạn gửi hồ sơ đăng ký kế hoạch KCQG năm {0}; hồ sơ của tỉnh chưa được gửi.";
    public const string RegistrationOverdue =
        "Đã quá hạn gửi hồ sơ đăng ký kế hoạch KCQG năm {0} (hạn {1}); hồ sơ gửi bây giờ được ghi là nộp muộn.";
    public const string HalfYearSoon = "Báo cáo 6 tháng đầu năm {0} của tỉnh chưa được gửi; hạn gửi ngày {1}.";
    public const string HalfYearToday = "Hôm nay ({1}) là hạn gửi báo cáo 6 tháng đầu năm {0}; tỉnh chưa gửi.";
    public const string HalfYearOverdue =
        "Báo cáo 6 tháng đầu năm {0} của tỉnh đã quá hạn (hạn {1}); báo cáo gửi bây giờ được ghi là nộp muộn.";
    public const string YearSoon = "Báo cáo năm {0} của tỉnh chưa được gửi; hạn gửi ngày {1}.";
    public const string YearToday = "Hôm nay ({1}) là hạn gửi báo cáo năm {0}; tỉnh chưa gửi.";
    public const string YearOverdue =
        "Báo cáo năm {0} của tỉnh đã quá hạn (hạn {1}); báo cáo gửi bây giờ được ghi là nộp muộn.";
    public const string HalfYearLate = "Báo cáo 6 tháng đầu năm {0}: {1} tỉnh chưa gửi khi hết hạn ngày {2}.";
    public const string YearLate = "Báo cáo năm {0}: {1} tỉnh chưa gửi khi hết hạn ngày {2}.";

    /// <summary>Stores the reminders due on <paramref name="today"/> (saved by the caller); returns how many.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct) =>
        await RegistrationAsync(today, ct) + await ReportsAsync(today, ct);

    private async Task<int> RegistrationAsync(DateOnly today, CancellationToken ct)
    {
        var added = 0;
        var rounds = await db.RegistrationRounds.AsNoTracking().Include(r => r.Figures)
            .Where(r => r.Status == RegistrationRoundStatus.Open).ToListAsync(ct);
        foreach (var round in rounds)
        {
            if (DeadlineStages.Of(round.Deadline, today) is not { } stage) continue;
            var sent = await db.RegistrationPackages.AsNoTracking()
                .Where(p => p.RoundId == round.Id && p.Status == PackageStatus.Submitted)
                .Select(p => p.ProvinceUnitId).ToListAsync(ct);
            var message = stage switch
            {
                DeadlineStage.Soon => RegistrationSoon,
                DeadlineStage.Today => RegistrationToday,
                _ => RegistrationOverdue,
            };
            var key = $"deadline:registration:{round.Id}:{round.Deadline:yyyy-MM-dd}:{DeadlineStages.Key(stage)}";
            foreach (var province in round.Figures.Select(f => f.ProvinceUnitId).Except(sent))
                added += await notifier.NotifyAsync(
                    [Recipient.RoleCovering(RoleNames.DepartmentOfficer, province)], message,
                    [round.Year, VietnamTime.Date(round.Deadline)], $"/Registration/{round.Id}/Packages/{province}",
                    ct, key);
        }
        return added;
    }

    private async Task<int> ReportsAsync(DateOnly today, CancellationToken ct)
    {
        // Only periods whose deadline is in a reminder window: from a week before to a month after.
        var from = today.AddDays(-DeadlineStages.OverdueWindowDays);
        var to = today.AddDays(DeadlineReminders.DaysAhead);
        var periods = await db.ReportPeriods.AsNoTracking()
            .Where(p => p.Deadline >= from && p.Deadline <= to).ToListAsync(ct);
        if (periods.Count == 0) return 0;
        var provinces = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && u.Generation == UnitGeneration.Current)
            .Select(u => u.Id).ToListAsync(ct);
        var added = 0;
        foreach (var period in periods)
        {
            var stage = DeadlineStages.Of(period.Deadline, today)!.Value;
            var sent = await db.ReportSubmissions.AsNoTracking()
                .Where(s => s.PeriodId == period.Id && s.Status == ReportSubmissionStatus.Submitted)
                .Select(s => s.ProvinceUnitId).ToListAsync(ct);
            var missing = provinces.Except(sent).ToList();
            if (missing.Count == 0) continue;
            var half = period.Kind == ReportPeriodKind.FirstHalf;
            var message = stage switch
            {
                DeadlineStage.Soon => half ? HalfYearSoon : YearSoon,
                DeadlineStage.Today => half ? HalfYearToday : YearToday,
                _ => half ? HalfYearOverdue : YearOverdue,
            };
            var deadline = VietnamTime.Date(period.Deadline);
            var link = $"/ReportPeriods/Details/{period.Id}";
            var key = $"deadline:report:{period.Id}:{period.Deadline:yyyy-MM-dd}:{DeadlineStages.Key(stage)}";
            foreach (var province in missing)
                added += await notifier.NotifyAsync([Recipient.RoleCovering(RoleNames.DepartmentOfficer, province)],
                    message, [period.Year, deadline], link, ct, key);
            // The late-report notice: the ministry learns once, the day after, how many provinces have not reported.
            if (stage == DeadlineStage.Overdue)
                added += await notifier.NotifyAsync([Recipient.RoleNationwide(RoleNames.MinistryOfficer)],
                    half ? HalfYearLate : YearLate, [period.Year, missing.Count, deadline], link, ct,
                    $"late:report:{period.Id}:{period.Deadline:yyyy-MM-dd}");
        }
        return added;
    }
}
