using System.Globalization;
using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Work in flight crosses the reform (DOMAIN §10): the successor's officers run a predecessor's open product round;
/// a user moved to a successor works as the successor from the next request, without signing in again.
/// </summary>
public sealed class SuccessorRoundAndMoveTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task PhuThoDepartment_AssignsAMemberToAnOpenHoaBinhRound_AuditedAsThePhuThoOfficer()
    {
        var round = await OpenHoaBinhRoundAsync();
        var officer = await portal.FindUserAsync(DemoAccounts.PhuThoDepartment);
        var council = await portal.FindUserAsync(DemoAccounts.Council);
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.PhuThoDepartment);
        var url = $"/ProductRounds/Details/{round}";
        var page = await client.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector($"form[action='/ProductRounds/AssignMember/{round}']"));

        var response = await client.PostFormAsync($"/ProductRounds/AssignMember/{round}",
            [new("memberId", council!.Id), await VersionAsync(round)], url);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.True(await portal.WithDbAsync(db => db.ProductRounds.AnyAsync(r => r.Id == round
            && r.Members.Any(m => m.UserId == council.Id))));
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(l => l.UserId == officer!.Id
            && l.UserName == DemoAccounts.PhuThoDepartment && l.EntityType == nameof(CouncilMember))));
    }

    [Fact]
    public async Task AnotherProvincesDepartment_SameRound_Returns403()
    {
        var round = await OpenHoaBinhRoundAsync();
        var other = await portal.CreateUserAsync(RoleNames.DepartmentOfficer, "Sở Công Thương thành phố Hà Nội");
        var council = await portal.FindUserAsync(DemoAccounts.Council);
        var client = portal.CreateClient();
        await client.SignInAsync(other.Email!);

        var response = await client.PostFormAsync($"/ProductRounds/AssignMember/{round}",
            [new("memberId", council!.Id), await VersionAsync(round)], tokenFromUrl: "/");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
            $"Expected 403/404, got {(int)response.StatusCode}");
        Assert.False(await portal.WithDbAsync(db => db.ProductRounds.AnyAsync(r => r.Id == round
            && r.Members.Any(m => m.UserId == council.Id))));
    }

    [Fact]
    public async Task MovedUser_SignedInBeforeTheMove_NextPageShowsTheSuccessorAndActsAsIt()
    {
        var (district, commune) = await DistrictAndCommuneAsync();
        var staff = await portal.CreateUserAsync(RoleNames.LocalOfficer, district.Name);
        var user = portal.CreateClient();
        await user.SignInAsync(staff.Email!);
        Assert.Contains(district.Name, (await user.GetDocumentAsync("/")).Body!.TextContent);
        await portal.WithDbAsync(async db =>
        {
            var stored = await db.Organisations.SingleAsync(o => o.Id == district.Id);
            stored.End(new DateOnly(2025, 6, 30), [await db.Organisations.SingleAsync(o => o.Id == commune.Id)], null);
            return await db.SaveChangesAsync();
        });
        var admin = portal.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        await Expect.StatusAsync(HttpStatusCode.Redirect, await admin.PostFormAsync(
            $"/Organisations/MoveUsers/{district.Id}", [new("successorId", Id(commune.Id))],
            $"/Organisations/Details/{district.Id}"));

        var home = await user.GetDocumentAsync("/");
        var created = await user.PostFormAsync("/ProductRounds/Create",
        [
            new("Level", "Local"), new("Year", "2026"), new("Ordinal", "7"), new("SubmissionOpens", "2026-01-01"),
            new("SubmissionCloses", "2026-12-31"), new("PassThreshold", "75"), new("Quota", "10"),
        ], "/ProductRounds/Create");

        Assert.Contains(commune.Name, home.Body!.TextContent);
        Assert.DoesNotContain(district.Name, home.Body!.TextContent);
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var round = int.Parse(Expect.Location(created).Split('/').Last(), CultureInfo.InvariantCulture);
        Assert.Equal(commune.Id, await portal.WithDbAsync(db =>
            db.ProductRounds.Where(r => r.Id == round).Select(r => r.OrganiserId).SingleAsync()));
    }

    /// <summary>
    /// A provincial round of Hòa Bình's department opened before the reform and still taking entries.
    /// </summary>
    private Task<int> OpenHoaBinhRoundAsync() => portal.WithDbAsync(async db =>
    {
        var organiser = await db.Organisations.Include(o => o.ScopeUnit)
            .SingleAsync(o => o.Name == DemoOrganisations.HoaBinhDepartment);
        var criteria = await db.ScoreCriteria.Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new RoundCriterion(c.Code, c.Name, c.MaxScore, c.SortOrder)).ToListAsync();
        var round = new ProductRound(RoundLevel.Provincial, 2025, 9, null, organiser, new(2025, 5, 1),
            new(2025, 12, 31), criteria, ProductRound.DefaultPassThreshold, null);
        db.ProductRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    });

    private Task<KeyValuePair<string, string>> VersionAsync(int round) => portal.WithDbAsync(async db =>
        new KeyValuePair<string, string>("version", (await db.ProductRounds.Where(r => r.Id == round)
            .Select(r => r.Version).SingleAsync()).ToString(CultureInfo.InvariantCulture)));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A legacy district's People's Committee (Tân Lạc) and a current commune's one, both new.</summary>
    private Task<(Organisation District, Organisation Commune)> DistrictAndCommuneAsync() => portal.WithDbAsync(
        async db =>
        {
            var district = await db.AdministrativeUnits
                .SingleAsync(u => u.Generation == UnitGeneration.Legacy && u.Code == "155");
            var commune = await db.AdministrativeUnits.Where(u => u.Generation == UnitGeneration.Current
                && u.Level == UnitLevel.Commune && u.ProvinceCode == "25").OrderBy(u => u.Code).FirstAsync();
            var suffix = Guid.NewGuid().ToString("N");
            var result = (
                new Organisation($"UBND huyện thử chuyển {suffix}", OrganisationKind.DistrictCommittee, district,
                    new(2008, 1, 1)),
                new Organisation($"UBND xã thử nhận {suffix}", OrganisationKind.CommuneCommittee, commune,
                    new(2025, 7, 1)));
            db.Organisations.AddRange(result.Item1, result.Item2);
            await db.SaveChangesAsync();
            return result;
        });
}
