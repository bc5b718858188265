using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Leaders read; every business POST they try, with a valid antiforgery token, answers 403 and changes nothing.</summary>
[Collection(SharedPortal.Name)]
public sealed class LeaderReadOnlyTests(PortalFactory portal)
{
    [Theory]
    [InlineData(DemoAccounts.MinistryLeader)]
    [InlineData(DemoAccounts.HoaBinhLeader)]
    public async Task Leader_PostsToBusinessEndpoints_Returns403AndChangesNothing(string email)
    {
        var (project, entry, round, plan, projects, disbursements) = await portal.WithDbAsync(async db => (
            await db.Projects.Where(p => p.ProvinceCode == "17" && p.Status == ProjectStatus.InProgress).Select(p => p.Id).FirstAsync(),
            await db.ProductEntries.Where(e => e.ProvinceUnit!.ProvinceCode == "17").Select(e => e.Id).FirstAsync(),
            await db.ProductRounds.Select(r => r.Id).FirstAsync(),
            await db.AnnualPlans.Select(p => p.Id).FirstAsync(),
            await db.Projects.CountAsync(),
            await db.Disbursements.CountAsync()));
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        var token = await client.GetSignedInTokenAsync();
        string[] urls =
        [
            "/Projects/Create", $"/Projects/{project}/Disburse", $"/Projects/{project}/Accept", $"/Projects/{project}/Stop",
            "/Plans/Create", $"/Plans/Allocate/{plan}", "/Programmes/Create", "/Establishments/Create", "/Commendations/Create",
            "/ProductRounds/Create", $"/ProductRounds/Close/{round}", $"/ProductEntries/Score/{entry}", $"/ProductEntries/IssueCertificate/{entry}",
            "/Users/Create", "/Organisations/Create",
        ];

        foreach (var url in urls)
        {
            var response = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Amount", "10")]));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {url} answered {(int)response.StatusCode}");
        }
        Assert.Equal((projects, disbursements), await portal.WithDbAsync(async db => (await db.Projects.CountAsync(), await db.Disbursements.CountAsync())));
    }
}
