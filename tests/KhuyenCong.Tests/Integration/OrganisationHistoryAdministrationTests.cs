using System.Globalization;
using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Administrators rename from a date, end with successors, and move an ended organisation's staff.</summary>
public sealed class OrganisationHistoryAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Rename_WithEffectiveDate_ListsTheNewNameAndKeepsTheOldForEarlierDates()
    {
        var organisation = await NewAsync("Văn phòng thử đổi tên", OrganisationKind.Ministry, null);
        var client = await AdminAsync();

        var response = await client.PostFormAsync($"/Organisations/Rename/{organisation.Id}",
        [
            new("newName", "Văn phòng thử tên mới"), new("effectiveFrom", "2025-03-01"), Version(organisation),
        ], Details(organisation));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var stored = await StoredAsync(organisation.Id);
        Assert.Equal("Văn phòng thử tên mới", stored.Name);
        Assert.Equal("Văn phòng thử đổi tên", stored.NameOn(new DateOnly(2024, 12, 31)));
        var page = await client.GetDocumentAsync(Details(organisation));
        Assert.Contains("Văn phòng thử đổi tên", page.QuerySelector("#former-names")!.TextContent);
        Assert.Contains("28/02/2025", page.QuerySelector("#former-names")!.TextContent);
    }

    [Fact]
    public async Task Rename_WithoutDate_RefusedAndNothingChanges()
    {
        var organisation = await NewAsync("Văn phòng thử đổi tên thiếu ngày", OrganisationKind.Ministry, null);
        var client = await AdminAsync();

        // The organisation's page again, the reason shown and the new name kept as typed (not a redirect losing it).
        var response = await client.PostFormAsync($"/Organisations/Rename/{organisation.Id}",
            [new("newName", "Tên khác"), Version(organisation)], Details(organisation));

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Vui lòng nhập ngày tên mới có hiệu lực.", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Tên khác", page.QuerySelector("#newName")!.GetAttribute("value"));
        Assert.Equal("Văn phòng thử đổi tên thiếu ngày", (await StoredAsync(organisation.Id)).Name);
    }

    [Fact]
    public async Task Rename_FromAFutureDate_RefusedAndNothingChanges()
    {
        var organisation = await NewAsync("Văn phòng thử đổi tên sau", OrganisationKind.Ministry, null);
        var client = await AdminAsync();
        var tomorrow = TestNow.Today.AddDays(1);

        var page = await PortalClientExtensions.ParseHtmlAsync(await client.PostFormAsync(
            $"/Organisations/Rename/{organisation.Id}",
        [
            new("newName", "Tên chưa có hiệu lực"),
            new("effectiveFrom", tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Version(organisation),
        ], Details(organisation)));

        Assert.Contains("không được sau hôm nay", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Văn phòng thử đổi tên sau", (await StoredAsync(organisation.Id)).Name);
    }

    [Fact]
    public async Task Reopen_AfterEnd_RemovesTheSuccessorLinks_AndEndingAgainWorks()
    {
        var (district, first, _) = await DistrictWithTwoCommunesAsync("Reopen");
        var client = await AdminAsync();
        Task<HttpResponseMessage> EndAsync(Organisation stored) => client.PostFormAsync($"/Organisations/End/{district.Id}",
            [new("lastDay", "2025-06-30"), new("successorIds", Id(first)), Version(stored)], Details(district));
        Task<int> LinksAsync() => portal.WithDbAsync(db =>
            db.OrganisationSuccessions.CountAsync(s => s.PredecessorId == district.Id));

        await Expect.StatusAsync(HttpStatusCode.Redirect, await EndAsync(await StoredAsync(district.Id)));
        Assert.Equal(1, await LinksAsync());
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.PostFormAsync(
            $"/Organisations/Reopen/{district.Id}", [Version(await StoredAsync(district.Id))], Details(district)));
        Assert.Equal(0, await LinksAsync());
        Assert.Null((await StoredAsync(district.Id)).ValidTo);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await EndAsync(await StoredAsync(district.Id)));
        Assert.Equal(1, await LinksAsync());
    }

    [Fact]
    public async Task End_WithTwoSuccessors_LinksBothAndItsStaffReadOnlyNamingThem()
    {
        var (district, first, second) = await DistrictWithTwoCommunesAsync("End");
        var staff = await portal.CreateUserAsync(RoleNames.LocalOfficer, district.Name);
        var client = await AdminAsync();

        var response = await client.PostFormAsync($"/Organisations/End/{district.Id}",
        [
            new("lastDay", "2025-06-30"), new("successorIds", Id(first)), new("successorIds", Id(second)),
            new("note", "Nghị quyết 202/2025/QH15"), Version(district),
        ], Details(district));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var successors = await portal.WithDbAsync(db => db.OrganisationSuccessions
            .Where(s => s.PredecessorId == district.Id).Select(s => s.SuccessorId).OrderBy(i => i).ToListAsync());
        Assert.Equal(new[] { first.Id, second.Id }.Order(), successors);
        Assert.Equal(new DateOnly(2025, 6, 30), (await StoredAsync(district.Id)).ValidTo);

        var user = portal.CreateClient();
        await user.SignInAsync(staff.Email!);
        var refused = await user.PostFormAsync("/Establishments/Create", [new("Name", "Cơ sở thử")], tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.Forbidden, refused);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains(first.Name, body);
        Assert.Contains(second.Name, body);
    }

    [Fact]
    public async Task EndForm_OffersActiveOrganisationsOnly()
    {
        var organisation = await NewAsync("Văn phòng thử chọn kế thừa", OrganisationKind.Ministry, null);
        var client = await AdminAsync();
        var ended = await portal.WithDbAsync(db => db.Organisations.Where(o => o.ValidTo != null)
            .Select(o => o.Id.ToString()).ToListAsync());

        var page = await client.GetDocumentAsync(Details(organisation));

        var options = page.QuerySelectorAll("#successorIds option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(Id(await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment)), options);
        Assert.DoesNotContain(options, o => o is not null && ended.Contains(o));
    }

    [Fact]
    public async Task MoveUsers_EndedOrganisation_MovesEveryAccountInOneStepAudited()
    {
        var (district, first, _) = await DistrictWithTwoCommunesAsync("Move");
        var a = await portal.CreateUserAsync(RoleNames.LocalOfficer, district.Name);
        var b = await portal.CreateUserAsync(RoleNames.Leader, district.Name);
        await portal.WithDbAsync(async db =>
        {
            var stored = await db.Organisations.SingleAsync(o => o.Id == district.Id);
            stored.End(new DateOnly(2025, 6, 30), [await db.Organisations.SingleAsync(o => o.Id == first.Id)], null);
            return await db.SaveChangesAsync();
        });
        var client = await AdminAsync();

        var response = await client.PostFormAsync($"/Organisations/MoveUsers/{district.Id}",
            [new("successorId", Id(first))], Details(district));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        foreach (var user in new[] { a, b })
        {
            Assert.Equal(first.Id, (await portal.FindUserAsync(user.Email!))!.OrganisationId);
            Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(l =>
                l.EntityType == "AppUser" && l.EntityKey == user.Id && l.Action == "Modified")));
        }
        var page = await client.GetDocumentAsync(Details(district));
        Assert.Contains("Đã chuyển 2 tài khoản sang " + first.Name, page.Body!.TextContent);
        // The moved officer works again, in the successor's scope, without signing in anew.
        var moved = portal.CreateClient();
        await moved.SignInAsync(a.Email!);
        await Expect.StatusAsync(HttpStatusCode.OK, await moved.GetAsync("/Projects/Create"));
    }

    [Fact]
    public async Task MoveUsers_ActiveOrganisation_Returns409AndMovesNobody()
    {
        var (district, first, _) = await DistrictWithTwoCommunesAsync("Active");
        var a = await portal.CreateUserAsync(RoleNames.LocalOfficer, district.Name);
        var client = await AdminAsync();

        var response = await client.PostFormAsync($"/Organisations/MoveUsers/{district.Id}",
            [new("successorId", Id(first))], Details(district));

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        // The organisation's page with the reason, not a bare status page.
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Chỉ chuyển cán bộ của đơn vị đã ngừng hoạt động.",
            page.QuerySelector("#refusal")!.TextContent);
        Assert.NotNull(page.QuerySelector("#rename-form"));
        Assert.Equal(district.Id, (await portal.FindUserAsync(a.Email!))!.OrganisationId);
    }

    [Fact]
    public async Task Rename_ByAnOfficer_Returns403()
    {
        var organisation = await NewAsync("Văn phòng thử quyền", OrganisationKind.Ministry, null);
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.PostFormAsync($"/Organisations/Rename/{organisation.Id}",
            [new("newName", "Không được"), new("effectiveFrom", "2025-03-01"), Version(organisation)], tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal("Văn phòng thử quyền", (await StoredAsync(organisation.Id)).Name);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);
        return client;
    }

    private static string Details(Organisation organisation) => $"/Organisations/Details/{organisation.Id}";

    private static string Id(Organisation organisation) => Id(organisation.Id);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string> Version(Organisation organisation) =>
        new("version", organisation.Version.ToString(CultureInfo.InvariantCulture));

    private Task<Organisation> StoredAsync(int id) =>
        portal.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));

    private Task<Organisation> NewAsync(string name, OrganisationKind kind, AdministrativeUnit? unit) =>
        portal.WithDbAsync(async db =>
        {
            var organisation = new Organisation(name, kind, unit, new DateOnly(2010, 1, 1));
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });

    /// <summary>A legacy district's People's Committee (Tân Lạc) and two current communes' ones, all new.</summary>
    private Task<(Organisation District, Organisation First, Organisation Second)> DistrictWithTwoCommunesAsync(
        string tag) => portal.WithDbAsync(async db =>
    {
        var district = await db.AdministrativeUnits.SingleAsync(u => u.Generation == UnitGeneration.Legacy && u.Code == "155");
        var communes = await db.AdministrativeUnits.Where(u => u.Generation == UnitGeneration.Current
            && u.Level == UnitLevel.Commune && u.ProvinceCode == "25").OrderBy(u => u.Code).Take(2).ToListAsync();
        var suffix = $"{tag} {Guid.NewGuid():N}";
        var result = (
            new Organisation($"UBND huyện thử {suffix}", OrganisationKind.DistrictCommittee, district, new(2008, 1, 1)),
            new Organisation($"UBND xã thử A {suffix}", OrganisationKind.CommuneCommittee, communes[0], new(2025, 7, 1)),
            new Organisation($"UBND xã thử B {suffix}", OrganisationKind.CommuneCommittee, communes[1], new(2025, 7, 1)));
        db.Organisations.AddRange(result.Item1, result.Item2, result.Item3);
        await db.SaveChangesAsync();
        return result;
    });
}
