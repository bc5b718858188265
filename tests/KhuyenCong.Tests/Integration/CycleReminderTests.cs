using System.Globalization;
using System.Net;
using KhuyenCong.Data.Notifications;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The cycle's deadlines remind the provinces that have not sent (a week before, on the day, once after), the
/// ministry hears of late reports, each once per user however often and on however many instances the job runs;
/// a returned project reaches the successor's officers when its author's organisation has ended.
/// </summary>
public sealed class CycleReminderTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => TestNow.Today;

    /// <summary>The hourly job as the background service runs it, for the given day.</summary>
    private async Task RunAsync(DateOnly day)
    {
        using var scope = portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync(day, CancellationToken.None);
    }

    private Task<List<Notification>> OfAsync(string email, string keyPrefix) => portal.WithDbAsync(db =>
        db.Notifications.AsNoTracking()
            .Where(n => n.DedupeKey != null && n.DedupeKey.StartsWith(keyPrefix)
                        && db.Users.Any(u => u.Id == n.UserId && u.Email == email))
            .OrderBy(n => n.Id).ToListAsync());

    private Task<int> CountAsync(string keyPrefix) => portal.WithDbAsync(db =>
        db.Notifications.CountAsync(n => n.DedupeKey != null && n.DedupeKey.StartsWith(keyPrefix)));

    [Fact]
    public async Task RegistrationDeadline_SoonTodayOverdue_OnceEach_OnlyProvincesNotSent()
    {
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var deadline = Today.AddDays(5);
        var round = await ministry.OpenRoundIdAsync(portal, 2043, deadline);
        var phuTho = await portal.ProvinceIdAsync(RegistrationData.PhuTho);
        var prefix = $"deadline:registration:{round}:";

        await RunAsync(deadline.AddDays(-8));
        Assert.Equal(0, await CountAsync(prefix));
        // Two instances in the same hour, then the next hours: one reminder per stage.
        await RunAsync(deadline.AddDays(-5));
        await RunAsync(deadline.AddDays(-5));
        await RunAsync(deadline.AddDays(-1));
        await RunAsync(deadline);
        await RunAsync(deadline);
        await RunAsync(deadline.AddDays(1));
        await RunAsync(deadline.AddDays(3));

        var mine = await OfAsync(DemoAccounts.PhuThoDepartment, prefix);
        Assert.Equal([CycleDeadlineReminders.RegistrationSoon, CycleDeadlineReminders.RegistrationToday,
            CycleDeadlineReminders.RegistrationOverdue], mine.Select(n => n.MessageKey));
        Assert.All(mine, n => Assert.Equal($"/Registration/{round}/Packages/{phuTho}", n.Link));
        Assert.All(mine, n => Assert.Contains(deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            n.Arguments));
        Assert.Empty(await OfAsync(DemoAccounts.MinistryOfficer, prefix));
        // Long after the deadline nothing more.
        var stored = await CountAsync(prefix);
        await RunAsync(deadline.AddDays(DeadlineStages.OverdueWindowDays + 1));
        Assert.Equal(stored, await CountAsync(prefix));
    }

    [Fact]
    public async Task RegistrationDeadline_ProvinceThatSent_IsNotReminded()
    {
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var deadline = Today.AddDays(3);
        var round = await ministry.OpenRoundIdAsync(portal, 2044, deadline);
        var phuTho = await portal.ProvinceIdAsync(RegistrationData.PhuTho);
        var project = await portal.KcqgProjectAsync(2044, "Đề án đã gửi đúng hạn");
        var haNoi = await portal.CreateUserAsync(RoleNames.DepartmentOfficer,
            await portal.DepartmentNameAsync(RegistrationData.HaNoi));
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [project], file: RegistrationData.Pdf));

        await RunAsync(deadline.AddDays(-2));
        await RunAsync(deadline.AddDays(2));

        var prefix = $"deadline:registration:{round}:";
        Assert.Empty(await OfAsync(DemoAccounts.PhuThoDepartment, prefix));
        // Hà Nội has not sent: its department hears of it (soon, then overdue).
        Assert.Equal([CycleDeadlineReminders.RegistrationSoon, CycleDeadlineReminders.RegistrationOverdue],
            (await OfAsync(haNoi.Email!, prefix)).Select(n => n.MessageKey));
        Assert.DoesNotContain(await portal.WithDbAsync(db => db.Notifications
                .Where(n => n.DedupeKey != null && n.DedupeKey.StartsWith(prefix)).Select(n => n.Link).ToListAsync()),
            l => l == $"/Registration/{round}/Packages/{phuTho}");
    }

    [Fact]
    public async Task ReportDeadline_ProvincesRemindedOnceEach_MinistryGetsOneLateNotice_MovedDeadlineRemindsAgain()
    {
        var period = await portal.WithDbAsync(async db =>
        {
            var p = new ReportPeriod(2039, ReportPeriodKind.FirstHalf, new DateOnly(2039, 7, 20), null, "test");
            db.ReportPeriods.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var prefix = $"deadline:report:{period}:";

        foreach (var day in new[] { 12, 15, 15, 20, 21, 22 }) await RunAsync(new DateOnly(2039, 7, day));

        var mine = await OfAsync(DemoAccounts.PhuThoDepartment, prefix);
        Assert.Equal([CycleDeadlineReminders.HalfYearSoon, CycleDeadlineReminders.HalfYearToday,
            CycleDeadlineReminders.HalfYearOverdue], mine.Select(n => n.MessageKey));
        Assert.All(mine, n => Assert.Equal($"/ReportPeriods/Details/{period}", n.Link));
        var late = Assert.Single(await OfAsync(DemoAccounts.MinistryOfficer, $"late:report:{period}:"));
        Assert.Equal(CycleDeadlineReminders.HalfYearLate, late.MessageKey);
        var provinces = await portal.WithDbAsync(db => db.AdministrativeUnits.CountAsync(u =>
            u.Level == UnitLevel.Province
            && u.Generation == UnitGeneration.Current));
        Assert.Contains($"\"{provinces}\"", late.Arguments);
        Assert.Empty(await OfAsync(DemoAccounts.PhuThoDepartment, $"late:report:{period}:"));

        // The ministry moves the deadline: the provinces hear of the new one.
        await portal.WithDbAsync(db => db.ReportPeriods.Where(p => p.Id == period)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Deadline, new DateOnly(2039, 7, 31))));
        await RunAsync(new DateOnly(2039, 7, 25));
        Assert.Equal(4, (await OfAsync(DemoAccounts.PhuThoDepartment, prefix)).Count);
    }

    [Fact]
    public async Task ProjectReturned_AuthorsOrganisationEnded_ReachesTheSuccessorsOfficers()
    {
        var author = (await portal.FindUserAsync(DemoAccounts.CaoPhongDistrict))!;
        var id = await portal.WithDbAsync(async db =>
        {
            var commune = await db.AdministrativeUnits.SingleAsync(u => u.Code == "05089"
                && u.Generation == UnitGeneration.Current);
            var centre = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
            var content = await db.ActivityContents.Where(c => c.Code == "ND04").Select(c => c.Id).SingleAsync();
            var beneficiary = await db.Establishments.Where(e => e.Name == "Hợp tác xã Cam Cao Phong")
                .Select(e => e.Id).SingleAsync();
            // Drafted and sent in June 2025, before the district ended (its account reads only since July).
            var by = new Actor(author.Id, author.FullName, author.OrganisationId);
            var at = new DateTime(2025, 6, 20, 3, 0, 0, DateTimeKind.Utc);
            var draft = new ProjectDraft("Đề án của huyện đã giải thể", ProjectKind.Single, Fund.Kcdp, 2025, content,
                centre, commune.Id, RegistrationData.PhuTho, "Hỗ trợ máy móc", null,
                new ProjectIndicators(1, 0, 1, 0, 5), new(2025, 3, 1), new(2025, 10, 31));
            var project = new Project(draft, [new CostLine(1, "Máy", Vnd.FromMillions(200), Vnd.FromMillions(90),
                Vnd.FromMillions(110), Vnd.Zero, null)], [beneficiary], by, at);
            project.AssignCode($"TEST-2025-{Guid.NewGuid():N}"[..30]);
            project.Submit(by, at, "ND04", null);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await department.StepAsync(portal, id, "Return", [("Comment", "Bổ sung báo giá máy")]));

        var told = await portal.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.MessageKey == NotificationEvents.ProjectReturned && n.Link == $"/Projects/Details/{id}")
            .Select(n => db.Users.Single(u => u.Id == n.UserId).Email!).ToListAsync());
        Assert.Contains(DemoAccounts.CaoPhongCommune, told);
        Assert.DoesNotContain(DemoAccounts.CaoPhongDistrict, told);
    }
}
