using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>Administrator screens answer 403 in place (not a redirect) to everyone else, however senior.</summary>
[Collection(SharedPortal.Name)]
public sealed class AdministrationAccessTests(PortalFactory portal)
{
    private static readonly string[] AdminPages = ["/Users", "/Users/Create", "/AuditLog", "/Organisations/Create"];

    private static readonly string[] NonAdministrators =
        [DemoAccounts.MinistryOfficer, DemoAccounts.MinistryLeader, DemoAccounts.HoaBinhDepartment, DemoAccounts.CaoPhongCommune, DemoAccounts.Council];

    public static TheoryData<string, string> PagesForNonAdministrators()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in AdminPages)
            foreach (var account in NonAdministrators)
                data.Add(page, account);
        return data;
    }

    public static TheoryData<string> Pages => new(AdminPages);

    [Theory]
    [MemberData(nameof(PagesForNonAdministrators))]
    public async Task Get_AdminPageAsNonAdministrator_Returns403(string url, string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync(url);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_AdminPageAsAdministrator_Returns200(string url)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);

        var response = await client.GetAsync(url);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
    }

    [Fact]
    public async Task PostLock_AsNonAdministratorWithValidToken_Returns403AndLeavesUserUnlocked()
    {
        var target = await portal.FindUserAsync(DemoAccounts.PhuThoDepartment);
        Assert.NotNull(target);
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.PostFormAsync($"/Users/Lock/{target.Id}", [], tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        var after = await portal.FindUserAsync(DemoAccounts.PhuThoDepartment);
        Assert.True(after!.LockoutEnd is null || after.LockoutEnd <= DateTimeOffset.UtcNow);
    }
}
