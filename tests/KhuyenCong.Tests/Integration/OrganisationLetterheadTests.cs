using System.Net;
using ClosedXML.Excel;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// An administrator sets what an organisation prints (issue 14); its users' exports and print views use it,
/// empty fields fall back to the derived defaults, and refusals change nothing.
/// </summary>
public sealed class OrganisationLetterheadTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Issuer = "SỞ CÔNG THƯƠNG PHÚ THỌ (THỬ)";
    private const string Head = "Nguyễn Văn Thủ Trưởng";

    private Task<(int Id, long Version)> OrganisationAsync() => portal.WithDbAsync(db => db.Users
        .Where(u => u.Email == DemoAccounts.PhuThoDepartment)
        .Select(u => new ValueTuple<int, long>(u.Organisation!.Id, u.Organisation.Version)).SingleAsync());

    private Task<(string? Issuer, string? Head, string? Place)> StoredAsync(int id) => portal.WithDbAsync(db =>
        db.Organisations.Where(o => o.Id == id)
            .Select(o => new ValueTuple<string?, string?, string?>(o.LetterheadIssuingAgency, o.LetterheadHeadName,
                o.LetterheadPlace)).SingleAsync());

    private async Task<HttpClient> AsAsync(string email)
    {
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(email);
        return client;
    }

    private static List<KeyValuePair<string, string>> Fields(long version, string issuer = Issuer, string head = Head) =>
    [
        new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("SuperiorAgency", ""),
        new("IssuingAgency", issuer), new("Place", "Việt Trì"), new("PreparerTitle", ""),
        new("HeadTitle", "GIÁM ĐỐC"), new("HeadName", head),
    ];

    [Fact]
    public async Task Administrator_SetsTheLetterhead_AndTheOrganisationsExportsAndPrintViewsUseIt()
    {
        var (id, version) = await OrganisationAsync();
        var admin = await AsAsync(DemoAccounts.Admin);
        var details = await admin.GetDocumentAsync($"/Organisations/Details/{id}");
        Assert.NotNull(details.QuerySelector("#edit-letterhead"));

        var response = await admin.PostFormAsync($"/OrganisationLetterhead/Edit/{id}", Fields(version),
            $"/OrganisationLetterhead/Edit/{id}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal((Issuer, Head, "Việt Trì"), await StoredAsync(id));
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(l => l.EntityType == "Organisation"
            && l.EntityKey == id.ToString() && l.NewValues!.Contains(Head))));

        var user = await AsAsync(DemoAccounts.PhuThoDepartment);
        var file = await user.GetAsync("/Reports/IndicatorsExcel?year=2021");
        await Expect.StatusAsync(HttpStatusCode.OK, file);
        using var book = new XLWorkbook(new MemoryStream(await file.Content.ReadAsByteArrayAsync()));
        var texts = book.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(Issuer, texts);
        Assert.Contains("UBND TỈNH PHÚ THỌ", texts);
        Assert.Contains("GIÁM ĐỐC", texts);
        Assert.Contains(Head, texts);
        Assert.Contains("NGƯỜI LẬP BIỂU", texts);
        Assert.Contains(texts, t => t.StartsWith("Việt Trì, ngày ", StringComparison.Ordinal));

        var print = await user.GetDocumentAsync("/Reports/Indicators?year=2021");
        Assert.Equal(Issuer, print.QuerySelector("#letterhead [data-field='issuer']")!.TextContent.Trim());
        Assert.Equal(Head, print.QuerySelector("#signatures [data-field='head-name']")!.TextContent.Trim());
        Assert.StartsWith("Việt Trì, ngày ", print.QuerySelector("#signatures [data-field='place-date']")!.TextContent.Trim());

        // Emptied again, the derived defaults print.
        var (_, current) = await OrganisationAsync();
        await admin.PostFormAsync($"/OrganisationLetterhead/Edit/{id}", Fields(current, "", ""),
            $"/OrganisationLetterhead/Edit/{id}");
        Assert.Equal((null, null, "Việt Trì"), await StoredAsync(id));
        print = await user.GetDocumentAsync("/Reports/Indicators?year=2021");
        Assert.Equal("SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", print.QuerySelector("#letterhead [data-field='issuer']")!.TextContent.Trim());
    }

    [Fact]
    public async Task NonAdministrator_IsRefused_AndNothingIsStored()
    {
        var (id, version) = await OrganisationAsync();
        var before = await StoredAsync(id);
        var officer = await AsAsync(DemoAccounts.PhuThoDepartment);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await officer.GetAsync($"/OrganisationLetterhead/Edit/{id}"));
        var response = await officer.PostFormAsync($"/OrganisationLetterhead/Edit/{id}", Fields(version, "KHÁC"), "/");

        await Expect.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(before, await StoredAsync(id));
    }

    [Fact]
    public async Task TooLongLine_ShowsTheFormAgainWithTheTypedValues_AndNothingIsStored()
    {
        var (id, version) = await OrganisationAsync();
        var before = await StoredAsync(id);
        var admin = await AsAsync(DemoAccounts.Admin);
        var tooLong = new string('A', 201);

        var response = await admin.PostFormAsync($"/OrganisationLetterhead/Edit/{id}", Fields(version, tooLong, "Người mới"),
            $"/OrganisationLetterhead/Edit/{id}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("Cơ quan ban hành (như in trên văn bản)", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Người mới", page.QuerySelector("#HeadName")!.GetAttribute("value"));
        Assert.Equal(before, await StoredAsync(id));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await admin.GetAsync("/OrganisationLetterhead/Edit/987654"));
    }
}
