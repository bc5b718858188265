using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Commendations;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>Recording commendations: department officers for their province; the list follows scope.</summary>
public sealed class CommendationTests : IDisposable
{
    private readonly PortalFactory _portal = new();

    public void Dispose() => _portal.Dispose();

    private static List<KeyValuePair<string, string>> Form(string recipient, string from = "2016", string to = "2020") =>
    [
        new("Kind", nameof(RecipientKind.Individual)), new("Recipient", recipient), new("RecipientOrganisation", "HTX Cam Cao Phong"),
        new("Form", "Bằng khen của Chủ tịch UBND tỉnh"), new("PeriodFrom", from), new("PeriodTo", to),
        new("DecisionNumber", "88/QĐ-UBND"), new("DecisionDate", "2021-04-02"), new("Reason", "Thành tích khuyến công"),
    ];

    [Fact]
    public async Task Create_DepartmentOfficer_SavedInProvinceScopeAndListed()
    {
        var officer = _portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);

        await Expect.StatusAsync(HttpStatusCode.Redirect, await officer.PostFormAsync("/Commendations/Create", Form("Đinh Văn Khen"), "/Commendations/Create"));

        var unit = await _portal.WithDbAsync(db => db.Commendations.Where(c => c.Recipient == "Đinh Văn Khen").Select(c => c.Unit!.Code).SingleAsync());
        // hoabinh.so works for Phú Thọ since 01/07/2025: its own province is Phú Thọ (25).
        Assert.Equal("25", unit);
        Assert.Contains("Đinh Văn Khen", (await officer.GetDocumentAsync("/Commendations?q=dinh+van")).QuerySelector("#commendations")!.TextContent);
        var commune = _portal.CreateClient();
        await commune.SignInAsync(DemoAccounts.CaoPhongCommune);
        Assert.DoesNotContain("Đinh Văn Khen", (await commune.GetDocumentAsync("/Commendations")).QuerySelector("#commendations")!.TextContent);
    }

    [Fact]
    public async Task Create_PeriodReversed_ShowsFormErrorAndSavesNothing()
    {
        var officer = _portal.CreateClient();
        await officer.SignInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await officer.PostFormAsync("/Commendations/Create", Form("Người Đảo Năm", "2020", "2014"), "/Commendations/Create");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Năm đầu giai đoạn không được sau năm cuối", await response.Content.ReadAsStringAsync());
        Assert.False(await _portal.WithDbAsync(db => db.Commendations.AnyAsync(c => c.Recipient == "Người Đảo Năm")));
    }
}
