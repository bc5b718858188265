using System.Net;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Setting up the authenticator changes nothing until a code confirms it (so opening the page signs nobody out);
/// turning it off and changing the sign-in e-mail ask for the password again.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class TwoFactorSetupTests(PortalFactory portal)
{
    [Fact]
    public async Task TwoFactorPage_Opened_ChangesNeitherKeyNorSecurityStamp()
    {
        var user = await portal.CreateUserAsync(RoleNames.Leader);
        var client = portal.CreateClient();
        await client.SignInAsync(user.Email!);
        var before = (await portal.FindUserAsync(user.Email!))!.SecurityStamp;

        await client.GetDocumentAsync("/Profile/TwoFactor");
        await client.GetDocumentAsync("/Profile/TwoFactor");

        Assert.Equal(before, (await portal.FindUserAsync(user.Email!))!.SecurityStamp);
        Assert.Null(await KeyAsync(user.Id));
    }

    [Fact]
    public async Task EnableThenDisable_CodeFromShownKey_PasswordRequiredToTurnOff()
    {
        var user = await portal.CreateUserAsync(RoleNames.Leader);
        var client = portal.CreateClient();
        await client.SignInAsync(user.Email!);
        var (key, pending) = await AuthenticatorSetup.ReadAsync(client);

        var wrong = await AuthenticatorSetup.ConfirmAsync(client, pending, "000000");
        await Expect.StatusAsync(HttpStatusCode.OK, wrong);
        Assert.False((await portal.FindUserAsync(user.Email!))!.TwoFactorEnabled);

        var enabled = await AuthenticatorSetup.ConfirmAsync(client, pending, AuthenticatorSetup.CodeFor(key));
        await Expect.StatusAsync(HttpStatusCode.Redirect, enabled);
        Assert.True((await portal.FindUserAsync(user.Email!))!.TwoFactorEnabled);
        Assert.Equal(key, await KeyAsync(user.Id));

        await client.PostFormAsync("/Profile/DisableTwoFactor", [new("currentPassword", "mat-khau-sai-roi")], tokenFromUrl: "/Profile/TwoFactor");
        Assert.True((await portal.FindUserAsync(user.Email!))!.TwoFactorEnabled);

        await client.PostFormAsync("/Profile/DisableTwoFactor",
            [new("currentPassword", KhuyenCong.Data.Seeding.DemoAccounts.Password)], tokenFromUrl: "/Profile/TwoFactor");
        Assert.False((await portal.FindUserAsync(user.Email!))!.TwoFactorEnabled);
    }

    [Fact]
    public async Task EnableAuthenticator_PendingKeyOfAnotherUser_Refused()
    {
        var first = await portal.CreateUserAsync(RoleNames.Leader);
        var second = await portal.CreateUserAsync(RoleNames.Leader);
        var firstClient = portal.CreateClient();
        await firstClient.SignInAsync(first.Email!);
        var (key, pending) = await AuthenticatorSetup.ReadAsync(firstClient);
        var secondClient = portal.CreateClient();
        await secondClient.SignInAsync(second.Email!);

        await AuthenticatorSetup.ConfirmAsync(secondClient, pending, AuthenticatorSetup.CodeFor(key));

        Assert.False((await portal.FindUserAsync(second.Email!))!.TwoFactorEnabled);
    }

    [Fact]
    public async Task ChangeEmail_WrongPasswordThenRight_ChangesOnlyWithPassword()
    {
        var user = await portal.CreateUserAsync(RoleNames.Leader);
        var client = portal.CreateClient();
        await client.SignInAsync(user.Email!);
        var newEmail = $"moi.{Guid.NewGuid():N}@khuyencong.local";

        var refused = await client.PostFormAsync("/Profile/ChangeEmail",
            [new("NewEmail", newEmail), new("CurrentPassword", "khong-phai-mat-khau")], tokenFromUrl: "/Profile/ChangeEmail");
        await Expect.StatusAsync(HttpStatusCode.OK, refused);
        Assert.NotNull(await portal.FindUserAsync(user.Email!));

        var accepted = await client.PostFormAsync("/Profile/ChangeEmail",
            [new("NewEmail", newEmail), new("CurrentPassword", KhuyenCong.Data.Seeding.DemoAccounts.Password)], tokenFromUrl: "/Profile/ChangeEmail");
        await Expect.StatusAsync(HttpStatusCode.Redirect, accepted);
        var changed = await portal.FindUserAsync(newEmail);
        Assert.NotNull(changed);
        Assert.Equal(newEmail, changed.UserName);
    }

    [Fact]
    public async Task RequireTwoFactorFor_AdministratorWithout2fa_OnlySetUpUntilEnrolled()
    {
        using var strict = portal.WithSettings(new Dictionary<string, string?> { ["Security:RequireTwoFactorFor"] = RoleNames.Administrator });
        var admin = await portal.CreateUserAsync(RoleNames.Administrator, KhuyenCong.Data.Seeding.DemoOrganisations.Ministry);
        var client = strict.CreateClient();
        await client.SignInAsync(admin.Email!);

        foreach (var url in new[] { "/", "/Users", "/AuditLog", "/Profile/ChangeEmail" })
            Assert.Equal("/Profile/TwoFactor", Expect.Location(await client.GetAsync(url)));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin-units/provinces")).StatusCode);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await AuthenticatorSetup.EnrolAsync(client));

        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Users"));
        // A leader is not in the list: signs in and works without an authenticator.
        var leader = await portal.CreateUserAsync(RoleNames.Leader);
        var leaderClient = strict.CreateClient();
        await leaderClient.SignInAsync(leader.Email!);
        await Expect.StatusAsync(HttpStatusCode.OK, await leaderClient.GetAsync("/Dashboard"));
    }

    private async Task<string?> KeyAsync(string userId)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(userId))!);
    }
}
