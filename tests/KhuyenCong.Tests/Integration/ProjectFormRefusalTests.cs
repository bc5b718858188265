using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The project form's refusals (issue 11 d, issue 15): a draft sent meanwhile answers 409 on the form as typed, not
/// a bare page; the form's own messages follow the user's language.
/// </summary>
public sealed class ProjectFormRefusalTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Drafter = DemoAccounts.PhuThoDepartment;
    private const string English = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    private async Task<HttpClient> As(string email, bool english = false)
    {
        var client = portal.CreateClient();
        if (english) client.DefaultRequestHeaders.Add("Cookie", English);
        await client.SignInAsync(email);
        return client;
    }

    private async Task<List<KeyValuePair<string, string>>> FieldsAsync(string name) =>
        ProjectData.Draft(await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre),
            await portal.ContentIdAsync("ND04"), await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong"), name);

    [Fact]
    public async Task EditDraft_SentMeanwhile_409OnTheFormWithTheTypedValuesAndTheReason_NothingSaved()
    {
        var client = await As(Drafter);
        var id = await client.CreateDraftAsync(await FieldsAsync("Máy sấy cam (sửa sau khi gửi)"));
        var token = await client.GetFormTokenAsync($"/Projects/Edit/{id}");
        var version = (await portal.ProjectAsync(id)).Version;
        await Expect.StatusAsync(HttpStatusCode.Redirect, await client.StepAsync(portal, id, "Submit"));
        var before = await portal.ProjectAsync(id);

        var fields = await FieldsAsync("Tên gõ sau khi đã gửi");
        fields.Add(new("Version", version.ToString()));
        fields.Add(new("__RequestVerificationToken", token));
        var response = await client.PostAsync($"/Projects/Edit/{id}", new FormUrlEncodedContent(fields));

        await Expect.StatusAsync(HttpStatusCode.Conflict, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("chỉ sửa được dự thảo", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Tên gõ sau khi đã gửi", page.QuerySelector("input[name='Name']")!.GetAttribute("value"));
        var after = await portal.ProjectAsync(id);
        Assert.Equal((ProjectStatus.Submitted, before.Name, before.Version), (after.Status, after.Name, after.Version));
    }

    [Fact]
    public async Task Create_LocationOutsideScope_InEnglish_TheMessageIsEnglish_NothingSaved()
    {
        var client = await As(DemoAccounts.CaoPhongCommune, english: true);
        var fields = await FieldsAsync("Outside the area");
        fields.RemoveAll(f => f.Key == "LocationCode");
        fields.Add(new("LocationCode", "155"));
        var before = await portal.WithDbAsync(db => Task.FromResult(db.Projects.Count()));

        var response = await client.PostFormAsync("/Projects/Create", fields, tokenFromUrl: "/Projects/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is no district/commune with code 155 in your area.", text);
        Assert.DoesNotContain("Không có huyện/xã mã 155", text);
        Assert.Equal(before, await portal.WithDbAsync(db => Task.FromResult(db.Projects.Count())));
    }
}
