using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Failed sign-ins count towards a lockout, so each test uses a fresh account on a portal of its own class:
/// neither the demo accounts nor the order of tests can change an outcome.
/// </summary>
public sealed class LoginFailureTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string WrongCredentials = "Thư điện tử hoặc mật khẩu không đúng.";
    private const string LockedOut = "Tài khoản tạm thời bị khóa";
    private const string WrongPassword = "mat-khau-sai-hoan-toan";

    [Fact]
    public async Task Login_WrongPassword_ShowsMessageAndSetsNoSession()
    {
        var user = await portal.CreateUserAsync(RoleNames.LocalOfficer);
        var client = portal.CreateClient();

        var response = await client.PostLoginAsync(user.Email!, WrongPassword);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains(WrongCredentials, await response.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.GetAsync("/"));
    }

    [Fact]
    public async Task Login_UnknownEmail_ShowsSameMessageAsWrongPassword()
    {
        // The same words for both, so the form does not reveal which e-mail addresses have accounts.
        var response = await portal.CreateClient().PostLoginAsync("khong.ton.tai@khuyencong.local", WrongPassword);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains(WrongCredentials, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_SixthAttemptAfterFiveWrongPasswords_RefusedEvenWithRightPassword()
    {
        var user = await portal.CreateUserAsync(RoleNames.DepartmentOfficer);
        var client = portal.CreateClient();
        var before = DateTimeOffset.UtcNow;

        for (var attempt = 1; attempt <= 5; attempt++)
            await Expect.StatusAsync(HttpStatusCode.OK, await client.PostLoginAsync(user.Email!, WrongPassword));
        var sixth = await client.PostLoginAsync(user.Email!, DemoAccounts.Password);
        var after = DateTimeOffset.UtcNow;

        await Expect.StatusAsync(HttpStatusCode.OK, sixth);
        Assert.Contains(LockedOut, await sixth.Content.ReadAsStringAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.GetAsync("/"));
        var lockoutEnd = (await portal.FindUserAsync(user.Email!))!.LockoutEnd;
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value, before.AddMinutes(15), after.AddMinutes(15));
    }

    [Fact]
    public async Task Login_RightPasswordAfterFourWrongOnes_SignsIn()
    {
        var user = await portal.CreateUserAsync(RoleNames.Leader);
        var client = portal.CreateClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var response = await client.PostLoginAsync(user.Email!, WrongPassword);
            Assert.Contains(WrongCredentials, await response.Content.ReadAsStringAsync());
        }

        await client.SignInAsync(user.Email!);
        Assert.Null((await portal.FindUserAsync(user.Email!))!.LockoutEnd);
    }
}
