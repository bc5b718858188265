using System.Net;
using KhuyenCong.Data.Identity;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>The administrator's user screens. Every test works on accounts it creates, on a portal of its own class.</summary>
public sealed class UserAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string NewPassword = "MatKhauMoi@2025!";

    // Antiforgery tokens are bound to the cookie and the user, not to one form: the list page's token
    // serves every administrator action.
    private const string TokenPage = "/Users";

    [Fact]
    public async Task Create_ValidForm_CreatesUserWithOrganisationAndRoles()
    {
        var email = $"moi.{Guid.NewGuid():N}@khuyencong.local";
        var organisationId = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var admin = await AdminClientAsync();

        var response = await admin.PostFormAsync("/Users/Create",
        [
            new("Email", email), new("FullName", "Hà Thị Mới"), new("OrganisationId", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Roles", RoleNames.DepartmentOfficer), new("Roles", RoleNames.Leader), new("Password", NewPassword),
        ], tokenFromUrl: "/Users/Create");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var user = await portal.FindUserAsync(email);
        Assert.NotNull(user);
        Assert.Equal("Hà Thị Mới", user.FullName);
        Assert.Equal(organisationId, user.OrganisationId);
        Assert.Equal([RoleNames.DepartmentOfficer, RoleNames.Leader], (await RolesOfAsync(user)).Order());
        Assert.Equal("/", await portal.CreateClient().SignInAsync(email, NewPassword));
    }

    [Fact]
    public async Task Create_ShortPassword_ShowsVietnameseMessageAndCreatesNobody()
    {
        var email = $"ngan.{Guid.NewGuid():N}@khuyencong.local";
        var organisationId = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var admin = await AdminClientAsync();

        var response = await admin.PostFormAsync("/Users/Create",
        [
            new("Email", email), new("FullName", "Mật Khẩu Ngắn"), new("OrganisationId", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Roles", RoleNames.LocalOfficer), new("Password", "Ngan@2025"),
        ], tokenFromUrl: "/Users/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Mật khẩu phải có ít nhất 12 ký tự.", await response.Content.ReadAsStringAsync());
        Assert.Null(await portal.FindUserAsync(email));
    }

    [Fact]
    public async Task Create_UnknownRoleInEnglish_NamesTheRoleInEnglishAndCreatesNobody()
    {
        var email = $"vaitro.{Guid.NewGuid():N}@khuyencong.local";
        var organisationId = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var admin = portal.CreateClient();
        admin.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        await admin.SignInAsync(DemoAccounts.Admin);

        var response = await admin.PostFormAsync("/Users/Create",
        [
            new("Email", email), new("FullName", "Vai Trò Lạ"),
            new("OrganisationId", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Roles", "Treasurer"), new("Password", NewPassword),
        ], tokenFromUrl: "/Users/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Role 'Treasurer' does not exist.", page.QuerySelector("[data-valmsg-for='Roles']")!.TextContent);
        Assert.DoesNotContain("không tồn tại", page.Body!.TextContent);
        Assert.Null(await portal.FindUserAsync(email));
    }

    [Fact]
    public async Task Lock_ByAdministrator_LocksIndefinitelyAndWritesAuditRow()
    {
        var user = await portal.CreateUserAsync(RoleNames.LocalOfficer);
        var admin = await AdminClientAsync();

        await Expect.AcceptedAsync(await admin.PostFormAsync($"/Users/Lock/{user.Id}", [], tokenFromUrl: TokenPage));

        var locked = await portal.FindUserAsync(user.Email!);
        Assert.True(locked!.LockoutEnd > DateTimeOffset.UtcNow.AddYears(1), $"LockoutEnd was {locked.LockoutEnd}.");
        var audit = await portal.WithDbAsync(db => db.AuditLog
            .Where(a => a.EntityType == nameof(AppUser) && a.EntityKey == user.Id && a.Action == "Modified")
            .ToListAsync());
        Assert.Contains(audit, a => a.UserName == DemoAccounts.Admin && a.NewValues != null && a.NewValues.Contains(nameof(AppUser.LockoutEnd), StringComparison.Ordinal));
        var signIn = await portal.CreateClient().PostLoginAsync(user.Email!, DemoAccounts.Password);
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Unlock_LockedUser_ClearsLockoutAndAllowsSignIn()
    {
        var user = await portal.CreateUserAsync(RoleNames.LocalOfficer);
        var admin = await AdminClientAsync();
        await Expect.AcceptedAsync(await admin.PostFormAsync($"/Users/Lock/{user.Id}", [], tokenFromUrl: TokenPage));

        await Expect.AcceptedAsync(await admin.PostFormAsync($"/Users/Unlock/{user.Id}", [], tokenFromUrl: TokenPage));

        var unlocked = await portal.FindUserAsync(user.Email!);
        Assert.True(unlocked!.LockoutEnd is null || unlocked.LockoutEnd <= DateTimeOffset.UtcNow, $"LockoutEnd was {unlocked.LockoutEnd}.");
        Assert.Equal("/", await portal.CreateClient().SignInAsync(user.Email!));
    }

    [Fact]
    public async Task ResetPassword_ByAdministrator_NewPasswordSignsInAndOldOneNoLonger()
    {
        var user = await portal.CreateUserAsync(RoleNames.CouncilMember);
        var admin = await AdminClientAsync();

        await Expect.AcceptedAsync(await admin.PostFormAsync($"/Users/ResetPassword/{user.Id}",
            [new("NewPassword", NewPassword)], tokenFromUrl: TokenPage));

        Assert.Equal("/", await portal.CreateClient().SignInAsync(user.Email!, NewPassword));
        var old = await portal.CreateClient().PostLoginAsync(user.Email!, DemoAccounts.Password);
        Assert.NotEqual(HttpStatusCode.Redirect, old.StatusCode);
    }

    [Fact]
    public async Task Home_AdministratorWhileAnAccountIsLocked_PointsToLockedAccounts()
    {
        var user = await portal.CreateUserAsync(RoleNames.LocalOfficer);
        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, DateTimeOffset.UtcNow.AddDays(1));
        }
        var admin = await AdminClientAsync();

        var home = await admin.GetDocumentAsync("/");

        Assert.NotNull(home.QuerySelector("a[href='/Users?status=locked']"));
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);
        return client;
    }

    private async Task<IList<string>> RolesOfAsync(AppUser user)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!);
    }
}
