using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Production;

/// <summary>
/// The built portal started the way docker-compose starts it (<c>ASPNETCORE_ENVIRONMENT=Production</c>, plain HTTP,
/// <c>Security__RequireHttps=false</c>), in a process of its own: the operator's first steps through a TLS proxy and
/// direct HTTP, then every page of the menu without a server error.
/// </summary>
public sealed class ProductionStartTests
{
    private const string PublicHost = "khuyencong.example.vn";

    [Fact]
    public async Task FreshDeployment_FirstAdministratorThroughProxy_SignsInChangesPasswordEnrols2faAndCrawlsMenu()
    {
        var folder = TestDirectories.NewFolder();
        var settings = PublishedApp.Settings(folder, demo: false);
        // The compose network, as README's Production section shows; the test's "proxy" is on loopback.
        settings["ForwardedHeaders__KnownNetworks__0"] = "127.0.0.0/8";
        const string email = "quantri@congthuong.example.vn";
        const string firstPassword = "mat-khau-tam-thoi-2026";
        var (exit, output) = await PublishedApp.RunCommandAsync(settings, firstPassword,
            "admin", "create", "--email", email, "--organisation", "Bộ Công Thương", "--full-name", "Quản Trị Viên");
        Assert.True(exit == 0, output);

        await using var app = await PublishedApp.StartAsync(folder, settings);
        var client = ProxyClientHandler.ClientFor(app.Address, "https", PublicHost);

        var login = await client.GetAsync(PortalClientExtensions.LoginUrl);
        await Expect.StatusAsync(HttpStatusCode.OK, login);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kc.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.True(login.Headers.Contains("Strict-Transport-Security"), "no HSTS on the proxied HTTPS request");
        await client.SignInAsync(email, firstPassword);

        // First the password of their own, then the authenticator (Production requires it of administrators).
        Assert.Equal(AccountObligationsPath.ChangePassword, Expect.Location(await client.GetAsync("/")));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.PostFormAsync(AccountObligationsPath.ChangePassword,
            [new("CurrentPassword", firstPassword), new("NewPassword", "mat-khau-rieng-cua-toi-2026"), new("ConfirmPassword", "mat-khau-rieng-cua-toi-2026")],
            tokenFromUrl: AccountObligationsPath.ChangePassword));
        Assert.Equal(AccountObligationsPath.TwoFactor, Expect.Location(await client.GetAsync("/Users")));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await AuthenticatorSetup.EnrolAsync(client));

        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Users"));
        var (visited, errors) = await MenuCrawler.CrawlAsync(client);
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + app.Output);
        Assert.True(visited >= 5, $"only {visited} pages reached");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https")]
    public async Task DemoDeployment_EveryRole_CrawlsMenuWithoutServerError(string? proto)
    {
        var folder = TestDirectories.NewFolder();
        var settings = PublishedApp.Settings(folder, demo: true);
        // Demo accounts have no authenticator; the enrolment rule is tested above.
        settings["Security__RequireTwoFactorFor"] = "";
        await using var app = await PublishedApp.StartAsync(folder, settings);

        var failures = new List<string>();
        foreach (var account in new[]
                 {
                     DemoAccounts.Admin, DemoAccounts.MinistryOfficer, DemoAccounts.MinistryLeader, DemoAccounts.HoaBinhDepartment,
                     DemoAccounts.CaoPhongDistrict, DemoAccounts.PhuThoDepartment, DemoAccounts.Council, DemoAccounts.HoaBinhLegacy,
                 })
        {
            var client = ProxyClientHandler.ClientFor(app.Address, proto, PublicHost);
            await client.SignInAsync(account);
            var (visited, errors) = await MenuCrawler.CrawlAsync(client, maxPages: 40);
            failures.AddRange(errors.Select(e => $"{account}: {e}"));
            Assert.True(visited >= 3, $"{account}: only {visited} pages reached");
            if (account != DemoAccounts.HoaBinhLegacy) continue;
            // An ended organisation's officer reads and changes nothing: a change is 403 naming the successor.
            var refused = await client.PostFormAsync("/Projects/Create", [], tokenFromUrl: "/Projects");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Sở Công Thương tỉnh Phú Thọ", await refused.Content.ReadAsStringAsync());
        }
        var anonymous = await MenuCrawler.CrawlAsync(ProxyClientHandler.ClientFor(app.Address, proto, PublicHost), maxPages: 10);
        failures.AddRange(anonymous.ServerErrors);
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + app.Output);
    }

    private static class AccountObligationsPath
    {
        public const string ChangePassword = KhuyenCong.Web.Infrastructure.AccountObligationsMiddleware.ChangePasswordPath;
        public const string TwoFactor = KhuyenCong.Web.Infrastructure.AccountObligationsMiddleware.TwoFactorPath;
    }
}
