using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// ASP.NET Core's rate limiter on sign-in (per address and per account), the anonymous certificate look-ups and the
/// exports: beyond the configured limit, 429 with Retry-After and the Vietnamese page. Each test has its own portal
/// host with small limits, so the counts start at zero.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class RateLimitTests(PortalFactory portal)
{
    private const string TooMany = "Quá nhiều yêu cầu";

    [Fact]
    public async Task Login_BeyondLimitPerAddress_429WithRetryAfter()
    {
        using var limited = portal.From(IPAddress.Parse("198.51.100.10"), new Dictionary<string, string?>
        {
            ["RateLimits:SignIn:PermitLimit"] = "3",
            ["RateLimits:SignIn:WindowSeconds"] = "600",
        });
        var client = limited.CreateClient();
        for (var attempt = 1; attempt <= 3; attempt++)
            await Expect.StatusAsync(HttpStatusCode.OK, await client.PostLoginAsync($"ai.do.{attempt}@khuyencong.local", "sai-mat-khau"));

        var fourth = await client.PostLoginAsync("ai.do.4@khuyencong.local", "sai-mat-khau");

        await ExpectTooManyAsync(fourth);
        // Another address is not held back by the first one's attempts.
        using var other = portal.From(IPAddress.Parse("198.51.100.11"), new Dictionary<string, string?> { ["RateLimits:SignIn:PermitLimit"] = "3" });
        await Expect.StatusAsync(HttpStatusCode.Redirect, await other.CreateClient().PostLoginAsync(DemoAccounts.HoaBinhLeader, DemoAccounts.Password));
    }

    [Fact]
    public async Task Login_SprayAtOneAccountFromManyAddresses_429PerAccount()
    {
        using var limited = portal.WithSettings(new Dictionary<string, string?>
        {
            ["RateLimits:SignInAccount:PermitLimit"] = "2",
            ["RateLimits:SignInAccount:WindowSeconds"] = "600",
        });
        var target = $"muc.tieu.{Guid.NewGuid():N}@khuyencong.local";
        await Expect.StatusAsync(HttpStatusCode.OK, await limited.CreateClient().PostLoginAsync(target, "thu-1"));
        await Expect.StatusAsync(HttpStatusCode.OK, await limited.CreateClient().PostLoginAsync(target.ToUpperInvariant(), "thu-2"));

        await ExpectTooManyAsync(await limited.CreateClient().PostLoginAsync(target, "thu-3"));
    }

    [Fact]
    public async Task CertificateApi_AnonymousBeyondLimit_429()
    {
        using var limited = portal.From(IPAddress.Parse("198.51.100.12"), new Dictionary<string, string?>
        {
            ["RateLimits:Public:PermitLimit"] = "5",
            ["RateLimits:Public:WindowSeconds"] = "600",
        });
        var client = limited.CreateClient();
        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync($"/api/v1/certificates/KHONG-CO-{attempt}")).StatusCode);

        var sixth = await client.GetAsync("/api/v1/certificates/KHONG-CO-6");
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.True(sixth.Headers.RetryAfter is not null, "no Retry-After");
        await ExpectTooManyAsync(await client.GetAsync("/registry"));
    }

    [Fact]
    public async Task BudgetExport_BeyondLimitPerUser_429()
    {
        using var limited = portal.WithSettings(new Dictionary<string, string?>
        {
            ["RateLimits:Exports:PermitLimit"] = "2",
            ["RateLimits:Exports:WindowSeconds"] = "600",
        });
        var client = limited.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryLeader);
        for (var attempt = 1; attempt <= 2; attempt++)
            await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Budget/Export?year=2021"));

        await ExpectTooManyAsync(await client.GetAsync("/Budget/Export?year=2021"));
        // Pages are not exports: the overview itself still opens.
        await Expect.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/Budget?year=2021"));
    }

    private static async Task ExpectTooManyAsync(HttpResponseMessage response)
    {
        await Expect.StatusAsync(HttpStatusCode.TooManyRequests, response);
        Assert.True(response.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero, "Retry-After missing");
        Assert.Contains(TooMany, await response.Content.ReadAsStringAsync());
    }
}
