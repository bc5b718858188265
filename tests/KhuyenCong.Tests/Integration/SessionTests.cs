using System.Net;
using System.Security.Claims;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task Renew_WithinSlackAndSameClaims_WritesNothing_OtherwiseStoresTheNewTicket()
    {
        var userId = (await portal.FindUserAsync(DemoAccounts.MinistryLeader))!.Id;
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        var store = new DatabaseTicketStore(portal.Services.GetRequiredService<IServiceScopeFactory>(), clock);
        var key = await store.StoreAsync(Ticket(userId, clock.Now.AddHours(8), "Lãnh đạo"));
        Task<DateTime> StoredExpiry() => portal.WithDbAsync(db => db.UserSessions.Where(s => s.Id == key).Select(s => s.ExpiresAtUtc).SingleAsync());
        var first = await StoredExpiry();

        // The security-stamp check a minute later: same claims, expiry one minute on.
        await store.RenewAsync(key, Ticket(userId, clock.Now.AddHours(8).AddMinutes(1), "Lãnh đạo"));
        Assert.Equal(first, await StoredExpiry());

        await store.RenewAsync(key, Ticket(userId, clock.Now.AddHours(8).AddMinutes(11), "Lãnh đạo"));
        Assert.Equal(first.AddMinutes(11), await StoredExpiry());

        await store.RenewAsync(key, Ticket(userId, clock.Now.AddHours(8).AddMinutes(12), "Cán bộ Bộ"));
        Assert.Equal("Cán bộ Bộ", (await store.RetrieveAsync(key))!.Principal.FindFirstValue(ClaimTypes.Role));
    }

    private static AuthenticationTicket Ticket(string userId, DateTimeOffset expires, string role) => new(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, role)], "test")),
        new AuthenticationProperties { ExpiresUtc = expires }, "Identity.Application");

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static string AuthCookie(CookieContainer container)
    {
        var cookie = container.GetCookies(PortalFactory.BaseAddress).Single(c => c.Name.StartsWith("kc.auth", StringComparison.Ordinal));
        return $"{cookie.Name}={cookie.Value}";
    }
}
