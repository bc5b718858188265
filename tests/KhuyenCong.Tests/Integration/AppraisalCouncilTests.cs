using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Step 4 of the yearly cycle: the ministry's appraisal council for the KCQG projects of a year. Members score on the
/// sheet, declare conflicts, see their tasks on the home page, the inbox and the menu; the ministry sees the mean and
/// "k/n". Every refusal leaves nothing saved.
/// </summary>
public sealed class AppraisalCouncilTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> SheetCountAsync(int councilId) =>
        portal.WithDbAsync(db => db.AppraisalSheets.CountAsync(s => s.CouncilId == councilId));

    private static async Task<int> HomeTasksAsync(HttpClient client, int councilId)
    {
        var item = (await client.GetDocumentAsync("/")).QuerySelector($"[data-scoring-council='{councilId}'] .badge");
        return item is null ? 0 : int.Parse(item.TextContent.Trim());
    }

    [Fact]
    public async Task Council_MembersScoreAndRecuse_MeanAndProgressShow_TasksFollow()
    {
        var councilId = await portal.CouncilAsync();
        var (aEmail, _) = await portal.MemberAsync(councilId);
        var (bEmail, _) = await portal.MemberAsync(councilId);
        var a = await portal.ClientAsync(aEmail);
        var b = await portal.ClientAsync(bEmail);
        var before = await HomeTasksAsync(a, councilId);
        var id = await portal.WaitingProjectAsync("Máy sấy nông sản – hội đồng");

        // The new registered project waits for both members: on the home page and the menu's badge.
        Assert.Equal(before + 1, await HomeTasksAsync(a, councilId));
        var menu = (await a.GetDocumentAsync("/")).QuerySelector("#appraisalcouncil-count");
        Assert.NotNull(menu);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await a.ScoreAsync(councilId, id, 18, 25, 20, 12, 8));
        var recusal = await b.PostFormAsync($"/AppraisalCouncil/{councilId}/Projects/{id}/Recuse",
            [new("reason", "Người thân làm việc ở đơn vị thực hiện")], tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.Redirect, recusal);

        Assert.Equal(before, await HomeTasksAsync(a, councilId));
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var row = (await ministry.GetDocumentAsync($"/AppraisalCouncil/Details/{councilId}"))
            .QuerySelector($"#projects tr[data-project-id='{id}']")!;
        Assert.Equal("chấm 1/1", row.QuerySelector(".progress-cell")!.TextContent.Trim());
        Assert.Equal("83", row.QuerySelector(".mean-cell")!.TextContent.Trim());
        // Members do not see the others' mean while the project waits for the decision.
        var memberRow = (await b.GetDocumentAsync($"/AppraisalCouncil/Details/{councilId}"))
            .QuerySelector($"#projects tr[data-project-id='{id}']")!;
        Assert.Equal("", memberRow.QuerySelector(".mean-cell")!.TextContent.Trim());
        Assert.Contains("bạn không chấm", memberRow.TextContent);
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(l => l.EntityType == "AppraisalSheet")));
    }

    [Fact]
    public async Task Score_OutOfRangeOrIncomplete_FormAgainWithTypedPoints_NothingSaved()
    {
        var councilId = await portal.CouncilAsync();
        var (email, _) = await portal.MemberAsync(councilId);
        var member = await portal.ClientAsync(email);
        var id = await portal.WaitingProjectAsync("Máy ép – điểm sai");
        var sheets = await SheetCountAsync(councilId);

        var tooHigh = await member.ScoreAsync(councilId, id, 18, 31, 20, 12, 8);
        await Expect.StatusAsync(HttpStatusCode.UnprocessableEntity, tooHigh);
        var page = await PortalClientExtensions.ParseHtmlAsync(tooHigh);
        Assert.Contains("phải từ 0 đến 30", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("31", page.QuerySelector("#points-1")!.GetAttribute("value"));
        await Expect.StatusAsync(HttpStatusCode.UnprocessableEntity, await member.ScoreAsync(councilId, id, 18, 25));

        Assert.Equal(sheets, await SheetCountAsync(councilId));
    }

    [Fact]
    public async Task Score_ByWhoMayNot_404Or403_NothingSaved()
    {
        var councilId = await portal.CouncilAsync();
        var id = await portal.WaitingProjectAsync("Máy dệt – người ngoài hội đồng");
        var sheets = await SheetCountAsync(councilId);
        // A council member not assigned to this council does not see it.
        var outsider = await portal.CreateUserAsync(KhuyenCong.Domain.Common.RoleNames.CouncilMember,
            DemoOrganisations.MinistryDepartment);
        var client = await portal.ClientAsync(outsider.Email!);
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.ScoreAsync(councilId, id, 18, 25, 20, 12, 8));
        await Expect.StatusAsync(HttpStatusCode.NotFound,
            await client.GetAsync($"/AppraisalCouncil/Details/{councilId}"));
        // The ministry officer runs the council but does not score; a department officer has no council at all.
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await ministry.ScoreAsync(councilId, id, 18, 25, 20, 12, 8));
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await department.GetAsync("/AppraisalCouncil"));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await department.PostFormAsync(
            "/AppraisalCouncil/Create", [new("Year", "2031")], tokenFromUrl: "/"));

        Assert.Equal(sheets, await SheetCountAsync(councilId));
        Assert.False(await portal.WithDbAsync(db => db.AppraisalCouncils.AnyAsync(c => c.Year == 2031)));
    }

    [Fact]
    public async Task Sheet_MustAddUpTo100_AndIsLockedOnceScored()
    {
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var councilId = await portal.CouncilAsync(2024);
        var version = await portal.WithDbAsync(db => db.AppraisalCouncils.Where(c => c.Id == councilId)
            .Select(c => c.Version).SingleAsync());

        var wrong = await ministry.PostFormAsync($"/AppraisalCouncil/Sheet/{councilId}",
        [
            new("Version", version.ToString()),
            new("Criteria[0].Name", "Sự cần thiết"), new("Criteria[0].MaxScore", "50"),
            new("Criteria[1].Name", "Hiệu quả"), new("Criteria[1].MaxScore", "40"),
        ], tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.OK, wrong);
        Assert.Contains("phải là 100 (hiện là 90)",
            (await PortalClientExtensions.ParseHtmlAsync(wrong)).QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal(5, await portal.WithDbAsync(db => db.AppraisalCouncils.Where(c => c.Id == councilId)
            .Select(c => c.Criteria.Count).SingleAsync()));

        var right = await ministry.PostFormAsync($"/AppraisalCouncil/Sheet/{councilId}",
        [
            new("Version", version.ToString()),
            new("Criteria[0].Name", "Sự cần thiết"), new("Criteria[0].MaxScore", "60"),
            new("Criteria[1].Name", "Hiệu quả"), new("Criteria[1].MaxScore", "40"),
        ], tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.Redirect, right);
        var sheet = await portal.WithDbAsync(db => db.AppraisalCouncils.AsNoTracking()
            .SingleAsync(c => c.Id == councilId));
        Assert.Equal([60, 40], sheet.Criteria.OrderBy(c => c.SortOrder).Select(c => c.MaxScore));

        // A 2024 project scored on the new sheet; the sheet can no longer change (409, nothing saved).
        var (email, _) = await portal.MemberAsync(councilId);
        var id = await portal.WaitingProjectAsync("Máy 2024", year: 2024);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await (await portal.ClientAsync(email)).ScoreAsync(councilId, id, 50, 30));
        version = await portal.WithDbAsync(db => db.AppraisalCouncils.Where(c => c.Id == councilId)
            .Select(c => c.Version).SingleAsync());
        var locked = await ministry.PostFormAsync($"/AppraisalCouncil/Sheet/{councilId}",
            [
                new("Version", version.ToString()), new("Criteria[0].Name", "Một tiêu chí"),
                new("Criteria[0].MaxScore", "100"),
            ],
            tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.Conflict, locked);
        // The sheet's form again with what was typed and the reason, not a bare 409 page.
        var form = await PortalClientExtensions.ParseHtmlAsync(locked);
        Assert.Equal("409", form.QuerySelector("#refusal")!.GetAttribute("data-status"));
        Assert.Equal("Một tiêu chí", form.QuerySelector("input[name='Criteria[0].Name']")!.GetAttribute("value"));
        Assert.Equal(2, await portal.WithDbAsync(db => db.AppraisalCouncils.Where(c => c.Id == councilId)
            .Select(c => c.Criteria.Count).SingleAsync()));
    }

    [Fact]
    public async Task Create_SecondCouncilForAYear_FormAgain_NothingSaved()
    {
        await portal.CouncilAsync();
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);

        var response = await ministry.PostFormAsync("/AppraisalCouncil/Create",
            [new("Year", CycleData.Year.ToString())], tokenFromUrl: "/AppraisalCouncil/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("đã có hội đồng", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, await portal.WithDbAsync(db => db.AppraisalCouncils.CountAsync(c => c.Year == CycleData.Year)));
    }

    [Fact]
    public async Task Score_AfterTheProjectLeftRegistration_404_NothingSaved()
    {
        var councilId = await portal.CouncilAsync();
        var (email, _) = await portal.MemberAsync(councilId);
        var id = await portal.WaitingProjectAsync("Máy – trả lại tỉnh");
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await ministry.StepAsync(portal, id, "Return", ("Comment", "Bổ sung hồ sơ")));
        var sheets = await SheetCountAsync(councilId);

        var response = await (await portal.ClientAsync(email)).ScoreAsync(councilId, id, 18, 25, 20, 12, 8);

        // Back with the province as a draft, unscored: no longer the council's to see (404), let alone to score.
        await Expect.StatusAsync(HttpStatusCode.NotFound, response);
        Assert.Equal(sheets, await SheetCountAsync(councilId));
    }
}
