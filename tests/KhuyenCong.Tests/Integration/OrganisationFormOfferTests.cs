using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The organisation form is dated by the day the organisation starts: from 01/07/2025 it works for today's units
/// (the legacy generation is neither offered nor accepted); an administrator recording an older organisation still
/// may pick a legacy unit.
/// </summary>
public sealed class OrganisationFormOfferTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static List<KeyValuePair<string, string>> Form(string name, string validFrom, string generation,
        string code) =>
        [new("Name", name), new("Kind", "DistrictCommittee"), new("UnitGeneration", generation),
         new("UnitCode", code), new("ValidFrom", validFrom), new("Version", "0")];

    [Fact]
    public async Task NewOrganisation_Of2026_OffersAndAcceptsNoLegacyUnit_AnOlderOneMay()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);

        var form = await client.GetDocumentAsync("/Organisations/Create");
        var legacy = form.QuerySelector("select[name=UnitGeneration] option[value=Legacy]")!;
        Assert.True(legacy.HasAttribute("disabled") && legacy.HasAttribute("hidden"));
        Assert.False(form.QuerySelector("select[name=UnitGeneration] option[value=Current]")!.HasAttribute("disabled"));

        var refused = await client.PostFormAsync("/Organisations/Create",
            Form("UBND huyện mới 2026", "2026-02-01", "Legacy", "154"), "/Organisations/Create");
        await Expect.StatusAsync(HttpStatusCode.OK, refused);
        var errors = (await PortalClientExtensions.ParseHtmlAsync(refused)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("Huyện Cao Phong là đơn vị hành chính trước 01/07/2025, nay thuộc tỉnh Phú Thọ",
            errors);
        Assert.False(await portal.WithDbAsync(db =>
            db.Organisations.AnyAsync(o => o.Name == "UBND huyện mới 2026")));

        var history = await client.PostFormAsync("/Organisations/Create",
            Form("UBND huyện lịch sử 2020", "2020-01-01", "Legacy", "154"), "/Organisations/Create");
        await Expect.StatusAsync(HttpStatusCode.Redirect, history);
        var id = int.Parse(Expect.Location(history).Split('/').Last());
        var edit = await client.GetDocumentAsync($"/Organisations/Edit/{id}");
        Assert.False(edit.QuerySelector("select[name=UnitGeneration] option[value=Legacy]")!.HasAttribute("disabled"));
    }
}
