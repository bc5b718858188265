using System.Net;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 11 for plans: the plan pages split into several controllers keep their URLs, form posts and links; a POST
/// refused for the plan's state (a closed year, 409) answers the same form with the values typed and the reason,
/// nothing saved; the pages' own refusals read in English in English mode. Nothing here changes the demo data.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class PlanPagesSplitTests(PortalFactory portal)
{
    private async Task<HttpClient> SignedInAsync(string email, bool english = false)
    {
        var client = portal.CreateClient();
        if (english) client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task PlanPage_AllocateAndCorrectLinks_KeepTheirUrls_AndTheirFormsPostBackThere()
    {
        var plan = await portal.NationalPlanIdAsync(2026);
        var entry = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == plan && a.CorrectsId == null)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var ministry = await SignedInAsync(DemoAccounts.MinistryOfficer);

        var details = await ministry.GetDocumentAsync($"/Plans/Details/{plan}");

        Assert.NotNull(details.QuerySelector($"a[href='/Plans/Allocate/{plan}']"));
        Assert.NotNull(details.QuerySelector($"a[href='/Plans/Correct/{plan}?allocationId={entry}']"));
        Assert.NotNull(details.QuerySelector($"a[href='/Plans/Edit/{plan}']"));
        var allocate = await ministry.GetDocumentAsync($"/Plans/Allocate/{plan}");
        Assert.Equal($"/Plans/Allocate/{plan}", allocate.QuerySelector("#tranche-form")!.GetAttribute("action"));
        Assert.NotNull(allocate.QuerySelector($"a[href='/Plans/Details/{plan}']"));
        var correct = await ministry.GetDocumentAsync($"/Plans/Correct/{plan}?allocationId={entry}");
        Assert.NotNull(correct.QuerySelector($"form[action='/Plans/Correct/{plan}?allocationId={entry}']"));
        Assert.NotNull(correct.QuerySelector($"a[href='/Plans/Details/{plan}']"));
    }

    [Fact]
    public async Task ClosedYear_RefusedPosts_AnswerTheirFormAsTyped_WithTheReason_409_NothingSaved()
    {
        var plan = await portal.ProvincialPlanIdAsync("17");
        var before = await portal.WithDbAsync(db => db.AnnualPlans.AsNoTracking().Where(p => p.Id == plan)
            .Select(p => new { p.IsClosed, p.Version, p.Note, p.EstimateDong }).SingleAsync());
        Assert.True(before.IsClosed);
        var entry = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == plan)
            .Select(a => a.Id).FirstAsync());
        var allocations = await portal.AllocationCountAsync(plan);
        var department = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var token = await department.GetSignedInTokenAsync();

        // Each form, the field whose typed value must come back.
        foreach (var (url, field) in new[]
                 {
                     ($"/Plans/Allocate/{plan}", "DecisionNumber"), ($"/Plans/Edit/{plan}", "Note"),
                     ($"/Plans/{plan}/AdjustEstimate", "Reason"),
                     ($"/Plans/Correct/{plan}?allocationId={entry}", "Reason"),
                     ($"/Plans/{plan}/YearEnd", "Note"),
                 })
        {
            var typed = $"Gõ thử {field} 7731";
            List<KeyValuePair<string, string>> fields =
                [new("Version", before.Version.ToString()), new("Estimate", "500"), new("DecisionNumber", "9/QĐ-UBND"),
                 new("DecisionDate", "01/12/2021"), new("Reason", "Thử"), new("Change", "-1"), new("Tranche", "3"),
                 new("Note", "Thử"), new(PortalClientExtensions.TokenField, token)];
            fields.RemoveAll(f => f.Key == field);
            fields.Add(new(field, typed));
            var response = await department.PostAsync(url, new FormUrlEncodedContent(fields));

            await Expect.StatusAsync(HttpStatusCode.Conflict, response);
            var page = await PortalClientExtensions.ParseHtmlAsync(response);
            Assert.Contains("đã khóa sổ", page.QuerySelector(".validation-summary-errors")?.TextContent ?? "");
            var input = page.QuerySelector($"form [name='{field}']");
            Assert.NotNull(input);
            Assert.Equal(typed,
                input is IHtmlTextAreaElement area ? area.Value.Trim() : ((IHtmlInputElement)input).Value);
        }

        var after = await portal.WithDbAsync(db => db.AnnualPlans.AsNoTracking().Where(p => p.Id == plan)
            .Select(p => new { p.IsClosed, p.Version, p.Note, p.EstimateDong }).SingleAsync());
        Assert.Equal(before, after);
        Assert.Equal(allocations, await portal.AllocationCountAsync(plan));
    }

    [Fact]
    public async Task SupportCapOfTheNationalFund_ByADepartment_RefusedInEnglish_InEnglishMode()
    {
        var department = await SignedInAsync(DemoAccounts.PhuThoDepartment, english: true);
        var content = await portal.WithDbAsync(db => db.ActivityContents.Where(c => c.IsActive)
            .Select(c => c.Id).FirstAsync());
        var before = await portal.WithDbAsync(db => db.SupportCaps.CountAsync());

        var response = await department.PostFormAsync("/SupportCaps/Create",
            [new("Name", "Thử"), new("Fund", "Kcqg"), new("ActivityContentId", content.ToString()),
             new("MaxPercent", "50"), new("CapAmount", "300"), new("LegalInstrument", "64/2024/TT-BTC"),
             new("LegalArticle", "Điều 1"), new("ValidFrom", "01/01/2026")],
            tokenFromUrl: "/SupportCaps/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var text = (await PortalClientExtensions.ParseHtmlAsync(response)).Body!.TextContent;
        Assert.Contains("The province sets support caps for the KCĐP fund only.", text);
        Assert.DoesNotContain("Tỉnh chỉ quy định mức hỗ trợ", text);
        Assert.Equal(before, await portal.WithDbAsync(db => db.SupportCaps.CountAsync()));
    }
}
