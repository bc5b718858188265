using System.Net;
using KhuyenCong.Data.Identity;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Administrators keep accounts, not business data; nobody changes their own roles; the portal always keeps an
/// administrator who can sign in; a lost authenticator is reset by an administrator, audited. The class changes
/// users and organisations, so it has a portal of its own.
/// </summary>
public sealed class AdministratorBoundaryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ProductData_AdministratorAlone_Forbidden()
    {
        var round = await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Level == RoundLevel.National && r.Year == 2021).Select(r => r.Id).SingleAsync());
        var admin = await portal.CreateUserAsync(RoleNames.Administrator, DemoOrganisations.Ministry);
        var client = portal.CreateClient();
        await client.SignInAsync(admin.Email!);

        foreach (var url in new[]
                 {
                     "/ProductRounds", $"/ProductRounds/Details/{round}", $"/RoundResults/Statistics/{round}",
                     $"/RoundResults/Export/{round}", "/api/v1/product-rounds", "/Budget?year=2021", "/Projects",
                 })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
        }
        var nav = await client.GetDocumentAsync("/");
        Assert.Null(nav.QuerySelector("nav a[href='/ProductRounds']"));
    }

    [Theory]
    [InlineData(RoleNames.Administrator, RoleNames.MinistryOfficer)] // granting oneself business data
    [InlineData(RoleNames.Leader)] // the last administrator removing their own role
    public async Task Edit_OwnRoles_RefusedAndUnchanged(params string[] roles)
    {
        var admin = await portal.CreateUserAsync(RoleNames.Administrator, DemoOrganisations.Ministry);
        var client = portal.CreateClient();
        await client.SignInAsync(admin.Email!);
        var form = await client.GetDocumentAsync($"/Users/Edit/{admin.Id}");
        var stamp = form.QuerySelector("input[name='ConcurrencyStamp']")!.GetAttribute("value")!;
        var organisation = await portal.OrganisationIdAsync(DemoOrganisations.Ministry);

        var response = await client.PostFormAsync($"/Users/Edit/{admin.Id}",
        [
            new("Email", admin.Email!), new("FullName", admin.FullName), new("OrganisationId", organisation.ToString()),
            new("ConcurrencyStamp", stamp), .. roles.Select(r => new KeyValuePair<string, string>("Roles", r)),
        ], tokenFromUrl: $"/Users/Edit/{admin.Id}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("không thể tự thay đổi vai trò", await response.Content.ReadAsStringAsync());
        Assert.Equal([RoleNames.Administrator], await RolesAsync(admin.Email!));
    }

    [Fact]
    public async Task Close_OrganisationOfEveryActiveAdministrator_Refused()
    {
        // Every administrator of this portal works in an organisation made for the test; the demo one is locked.
        var organisation = await portal.WithDbAsync(async db =>
        {
            var org = new KhuyenCong.Domain.Organisations.Organisation("Văn phòng thử nghiệm quản trị", KhuyenCong.Domain.Organisations.OrganisationKind.Ministry, null, new DateOnly(2020, 1, 1));
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            return org;
        });
        var admin = await portal.CreateUserAsync(RoleNames.Administrator, organisation.Name);
        await LockEveryOtherAdministratorAsync(admin.Id);
        var client = portal.CreateClient();
        await client.SignInAsync(admin.Email!);
        var version = await portal.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Version).SingleAsync());

        var response = await client.PostFormAsync($"/Organisations/Close/{organisation.Id}",
            [new("version", version.ToString())], tokenFromUrl: $"/Organisations/Details/{organisation.Id}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Null(await portal.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.ValidTo).SingleAsync()));
        var page = await client.GetDocumentAsync($"/Organisations/Details/{organisation.Id}");
        Assert.Contains("quản trị viên cuối cùng", page.Body!.TextContent);
    }

    [Fact]
    public async Task ResetAuthenticator_UserWithTwoFactor_TurnsItOffEndsSessionsAndIsAudited()
    {
        var officer = await portal.CreateUserAsync(RoleNames.MinistryOfficer, DemoOrganisations.MinistryDepartment);
        var officerClient = portal.CreateClient();
        await officerClient.SignInAsync(officer.Email!);
        await WithUsersAsync(async users =>
        {
            var user = (await users.FindByIdAsync(officer.Id))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        });
        var admin = await portal.CreateUserAsync(RoleNames.Administrator, DemoOrganisations.Ministry);
        var client = portal.CreateClient();
        await client.SignInAsync(admin.Email!);

        var response = await client.PostFormAsync($"/Users/ResetAuthenticator/{officer.Id}", [], tokenFromUrl: $"/Users/Edit/{officer.Id}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var after = (await portal.FindUserAsync(officer.Email!))!;
        Assert.False(after.TwoFactorEnabled);
        Assert.Null(await WithUsersAsync(async users => await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(officer.Id))!)));
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(a =>
            a.EntityType == nameof(AppUser) && a.EntityKey == officer.Id && a.UserName == admin.UserName && a.NewValues!.Contains("TwoFactorEnabled"))));
        await Expect.StatusAsync(HttpStatusCode.Redirect, await officerClient.GetAsync("/Projects"));
    }

    private async Task LockEveryOtherAdministratorAsync(string keep) => await WithUsersAsync(async users =>
    {
        foreach (var other in (await users.GetUsersInRoleAsync(RoleNames.Administrator)).Where(u => u.Id != keep))
            await users.SetLockoutEndDateAsync(other, DateTimeOffset.MaxValue);
        return 0;
    });

    private Task<IList<string>> RolesAsync(string email) =>
        WithUsersAsync(async users => await users.GetRolesAsync((await users.FindByEmailAsync(email))!));

    private async Task<T> WithUsersAsync<T>(Func<UserManager<AppUser>, Task<T>> work)
    {
        using var scope = portal.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    private Task WithUsersAsync(Func<UserManager<AppUser>, Task> work) => WithUsersAsync(async users => { await work(users); return 0; });
}
