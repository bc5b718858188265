using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// What the browser needs to validate before posting (issue 15 items 2–3): the rules from the model's attributes
/// in Vietnamese (English in English mode), required fields marked, no visible empty error summary, and the cap the
/// project form checks as the officer types.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ClientValidationTests(PortalFactory portal)
{
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> ProjectFormAsync(bool english = false)
    {
        var officer = portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);
        if (english) officer.DefaultRequestHeaders.Add("Cookie", English);
        return await officer.GetDocumentAsync("/Projects/Create");
    }

    private static IEnumerable<string> ValidationMessages(AngleSharp.Html.Dom.IHtmlDocument page) =>
        // data-val-required, data-val-range… hold messages; data-val-range-min and data-val-event hold settings.
        page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("data-val-", StringComparison.Ordinal)
            && a.Name.Count(c => c == '-') == 2 && a.Name != "data-val-event").Select(a => a.Value);

    [Fact]
    public async Task ProjectForm_Vietnamese_EveryRuleInVietnamese()
    {
        var page = await ProjectFormAsync();

        var messages = ValidationMessages(page).ToList();
        Assert.NotEmpty(messages);
        Assert.DoesNotContain(messages, m => m.Contains("The ", StringComparison.Ordinal) || m.Contains("field", StringComparison.Ordinal));
        Assert.Equal("Vui lòng nhập Tên đề án.", page.QuerySelector("input[name=Name]")!.GetAttribute("data-val-required"));
        // A number always has a value, but MVC's implicit rule used to carry "The … field is required.".
        Assert.Equal("Vui lòng nhập Số cơ sở được hỗ trợ.", page.QuerySelector("input[name=EstablishmentsSupported]")!.GetAttribute("data-val-required"));
        Assert.StartsWith("Số cơ sở được hỗ trợ phải nằm trong khoảng từ 0 đến",
            page.QuerySelector("input[name=EstablishmentsSupported]")!.GetAttribute("data-val-range"));
        Assert.DoesNotContain("The Version field", page.QuerySelector("input[name=Version]")!.OuterHtml);
        // The beneficiaries bind to an empty list: the browser must not refuse an empty choice the server accepts.
        Assert.Null(page.QuerySelector("[name=BeneficiaryIds]")!.GetAttribute("data-val-required"));
    }

    [Fact]
    public async Task ProjectForm_English_EveryRuleInEnglish()
    {
        var page = await ProjectFormAsync(english: true);

        var messages = ValidationMessages(page).ToList();
        Assert.NotEmpty(messages);
        Assert.DoesNotContain(messages, m => m.Contains("Vui lòng", StringComparison.Ordinal) || m.Contains("phải", StringComparison.Ordinal));
        Assert.Equal("Project name is required.", page.QuerySelector("input[name=Name]")!.GetAttribute("data-val-required"));
    }

    [Fact]
    public async Task ProjectForm_RequiredFieldsMarkedOthersNot()
    {
        var page = await ProjectFormAsync();

        Assert.Contains("required", page.QuerySelector("label[for=Name]")!.ClassList);
        Assert.Equal("true", page.QuerySelector("input[name=Name]")!.GetAttribute("aria-required"));
        Assert.Contains("required", page.QuerySelector("label[for=ImplementingOrganisationId]")!.ClassList);
        Assert.DoesNotContain("required", page.QuerySelector("label[for=Objectives]")!.ClassList);
        Assert.DoesNotContain("required", page.QuerySelector("label[for=EstablishmentsSupported]")!.ClassList);
    }

    [Fact]
    public async Task Forms_NothingTyped_SummaryEmptyAndHiddenByStylesheet()
    {
        var page = await ProjectFormAsync();

        var summary = page.QuerySelector("[data-valmsg-summary=true]")!;
        Assert.Contains("validation-summary-valid", summary.ClassList);
        Assert.NotNull(page.QuerySelector("link[href^='/css/forms.css']"));
        var css = await portal.CreateClient().GetStringAsync("/css/forms.css");
        Assert.Matches(@"\.validation-summary-valid\s*\{\s*display:\s*none", css);
        Assert.NotNull(page.QuerySelector("script[src^='/lib/aspnet-client-validation/aspnet-validation.min.js']"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/forms.js']"));
    }

    [Fact]
    public async Task Cap_DraftingOfficer_TheRuleTheDraftWouldMeet()
    {
        var cap = await portal.WithDbAsync(db => db.SupportCaps.AsNoTracking()
            .Where(c => c.ProvinceUnitId == null && c.Condition == KhuyenCong.Domain.Projects.CapCondition.None && c.ValidTo == null)
            .OrderByDescending(c => c.ValidFrom).Select(c => new { c.Fund, c.ActivityContentId, c.MaxPercent }).FirstAsync());
        var officer = portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await officer.GetAsync($"/Projects/Cap?fund={cap.Fund}&content={cap.ActivityContentId}&generation=Current&location=05089");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("found").GetBoolean());
        Assert.True(json.RootElement.GetProperty("maxPercent").GetInt32() > 0);
        Assert.True(json.RootElement.GetProperty("capAmountDong").GetInt64() > 0);
        var unknown = await officer.GetStringAsync($"/Projects/Cap?fund={cap.Fund}&content={cap.ActivityContentId}&generation=Current&location=99999");
        Assert.Contains("\"found\":false", unknown);
    }

    [Fact]
    public async Task Cap_Leader_Forbidden()
    {
        var leader = portal.CreateClient();
        await leader.SignInAsync(DemoAccounts.HoaBinhLeader);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await leader.GetAsync("/Projects/Cap?fund=Kcdp&content=1&generation=Current&location=05089"));
    }
}
