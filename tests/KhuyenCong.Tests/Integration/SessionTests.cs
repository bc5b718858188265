using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Sessions live on the server: signing out ends them, whoever holds a copy of the cookie.</summary>
[Collection(SharedPortal.Name)]
public sealed class SessionTests(PortalFactory portal)
{
    [Fact]
    public async Task Logout_CookieCopiedBeforeSignOut_IsRefusedAtOnce()
    {
        var cookies = new CookieContainer();
        var client = portal.CreateDefaultClient(PortalFactory.BaseAddress, new CookieContainerHandler(cookies));
        await client.SignInAsync(DemoAccounts.MinistryLeader);
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Dashboard"));
        var copied = AuthCookie(cookies);

        var token = await client.GetSignedInTokenAsync();
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await client.PostFormAsync("/Account/Logout", [new(PortalClientExtensions.TokenField, token)], tokenFromUrl: null));

        var thief = portal.CreateClient(new() { BaseAddress = PortalFactory.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Dashboard");
        request.Headers.Add("Cookie", copied);
        var response = await thief.SendAsync(request);
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.StartsWith(PortalClientExtensions.LoginUrl, Expect.Location(response));
    }

    [Fact]
    public async Task SignIn_Session_IsHeldInTheDatabaseNotTheCookie()
    {
        var cookies = new CookieContainer();
        var client = portal.CreateDefaultClient(PortalFactory.BaseAddress, new CookieContainerHandler(cookies));
        await client.SignInAsync(DemoAccounts.HoaBinhLeader);
        var userId = (await portal.FindUserAsync(DemoAccounts.HoaBinhLeader))!.Id;

        var sessions = await portal.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId));

        Assert.True(sessions >= 1);
        // A ticket with claims is several hundred bytes once protected; a session id is short.
        Assert.True(AuthCookie(cookies).Length < 400, AuthCookie(cookies));
    }

    private static string AuthCookie(CookieContainer container)
    {
        var cookie = container.GetCookies(PortalFactory.BaseAddress).Single(c => c.Name.StartsWith("kc.auth", StringComparison.Ordinal));
        return $"{cookie.Name}={cookie.Value}";
    }
}
