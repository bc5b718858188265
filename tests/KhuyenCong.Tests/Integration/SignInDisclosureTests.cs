using System.Diagnostics;
using System.Net;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// A stranger learns nothing from the sign-in form: not which e-mails have accounts (same words, comparable time)
/// nor which accounts are locked. Failed sign-ins lock accounts, so the class has a portal of its own.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class SignInDisclosureTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const string WrongCredentials = "Thư điện tử hoặc mật khẩu không đúng.";
    private const string LockedOut = "Tài khoản tạm thời bị khóa";

    [Fact]
    public async Task Login_LockedAccountWithWrongPassword_ShowsOrdinaryRefusal()
    {
        var user = await portal.CreateUserAsync(RoleNames.DepartmentOfficer);
        var client = portal.CreateClient();
        for (var attempt = 1; attempt <= 5; attempt++) await client.PostLoginAsync(user.Email!, "sai-mat-khau-" + attempt);
        Assert.NotNull((await portal.FindUserAsync(user.Email!))!.LockoutEnd);

        var stranger = await portal.CreateClient().PostLoginAsync(user.Email!, "doan-mo-mat-khau");

        await Expect.StatusAsync(HttpStatusCode.OK, stranger);
        var body = await stranger.Content.ReadAsStringAsync();
        Assert.Contains(WrongCredentials, body);
        Assert.DoesNotContain(LockedOut, body);
    }

    [Fact]
    public async Task Login_UnknownAndKnownEmail_TakeComparableTime()
    {
        // Three accounts take turns, so none reaches the lockout (five wrong passwords) and every attempt takes
        // the full path of a real account.
        var users = new List<string>();
        for (var i = 0; i < 3; i++) users.Add((await portal.CreateUserAsync(RoleNames.Leader)).Email!);
        var client = portal.CreateClient();
        // Warm both paths (first requests compile views, load the hasher).
        await client.PostLoginAsync("khong.co@khuyencong.local", "sai-mat-khau-0");
        await client.PostLoginAsync(users[0], "sai-mat-khau-0");

        var known = new List<double>();
        var unknown = new List<double>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            unknown.Add(await TimeAsync(() => client.PostLoginAsync($"khong.co.{attempt}@khuyencong.local", "sai-mat-khau")));
            known.Add(await TimeAsync(() => client.PostLoginAsync(users[attempt % 3], "sai-mat-khau-" + attempt)));
        }

        var (knownMedian, unknownMedian) = (Median(known), Median(unknown));
        output.WriteLine($"median wrong password {knownMedian:F1} ms, unknown e-mail {unknownMedian:F1} ms");
        Assert.True(knownMedian <= 2 * unknownMedian && unknownMedian <= 2 * knownMedian,
            $"median known {knownMedian:F1} ms, unknown {unknownMedian:F1} ms");
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> request)
    {
        var watch = Stopwatch.StartNew();
        var response = await request();
        watch.Stop();
        Assert.Contains(WrongCredentials, await response.Content.ReadAsStringAsync());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
