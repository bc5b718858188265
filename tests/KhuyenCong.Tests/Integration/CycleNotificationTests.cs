using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The yearly cycle's events reach the provinces: a KCQG registration opened reaches every province's department,
/// a returned package its own province's department with the reason; never the ministry officer who acted.
/// </summary>
public sealed class CycleNotificationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => TestNow.Today;

    private Task<List<string>> WhoAsync(string key, string link) => portal.WithDbAsync(db => db.Notifications
        .AsNoTracking().Where(n => n.MessageKey == key && n.Link == link)
        .Select(n => db.Users.Single(u => u.Id == n.UserId).Email!).ToListAsync());

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task RegistrationOpened_ReachesEveryDepartment_PackageReturned_OnlyItsProvince()
    {
        var ministry = await As(DemoAccounts.MinistryOfficer);
        var round = await ministry.OpenRoundIdAsync(portal, 2038, Today.AddDays(20));

        var opened = await WhoAsync(NotificationEvents.RegistrationOpened, "/Registration");
        Assert.Contains(DemoAccounts.PhuThoDepartment, opened);
        Assert.Contains(DemoAccounts.HoaBinhDepartment, opened);
        Assert.DoesNotContain(DemoAccounts.MinistryOfficer, opened);

        var phuTho = await portal.ProvinceIdAsync(RegistrationData.PhuTho);
        var project = await portal.KcqgProjectAsync(2038, "Đề án báo trả lại");
        var department = await As(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(System.Net.HttpStatusCode.Redirect,
            await department.SubmitPackageAsync(round, phuTho, [project], file: RegistrationData.Pdf));
        await Expect.StatusAsync(System.Net.HttpStatusCode.Redirect,
            await ministry.ReturnPackageAsync(portal, round, phuTho, "Thiếu công văn ký số"));

        var link = $"/Registration/{round}/Packages/{phuTho}";
        var returned = await WhoAsync(NotificationEvents.RegistrationReturned, link);
        Assert.Contains(DemoAccounts.PhuThoDepartment, returned);
        Assert.DoesNotContain(DemoAccounts.MinistryOfficer, returned);
        var other = await portal.CreateUserAsync(KhuyenCong.Domain.Common.RoleNames.DepartmentOfficer,
            "Sở Công Thương thành phố Hà Nội");
        Assert.DoesNotContain(other.Email!, returned);
        var arguments = await portal.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.MessageKey == NotificationEvents.RegistrationReturned && n.Link == link)
            .Select(n => n.Arguments).FirstAsync());
        Assert.Contains("Thiếu công văn ký số", arguments);
    }
}
