using ClosedXML.Excel;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Products;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>The .xlsx exports, opened with ClosedXML and compared with the database.</summary>
[Collection(SharedPortal.Name)]
public sealed class ProductExportTests(PortalFactory portal)
{
    [Fact]
    public async Task RoundResults_NationalRound_OneRowPerEntryRankedWithCertificates()
    {
        var id = await portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Level == RoundLevel.National).Select(r => r.Id).SingleAsync());
        var expected = await portal.WithDbAsync(db => db.ProductEntries.Where(e => e.RoundId == id)
            .OrderByDescending(e => e.MeanScore).ThenBy(e => e.Id)
            .Select(e => new { e.Name, e.MeanScore, Number = e.Certificate != null ? e.Certificate.Number : null }).ToListAsync());
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.GetAsync($"/RoundResults/Export/{id}");

        await Expect.StatusAsync(System.Net.HttpStatusCode.OK, response);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "STT").RowNumber();
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > header && r.Cell(1).DataType == XLDataType.Number).ToList();
        Assert.Equal(310, rows.Count);
        Assert.Equal(200, rows.Count(r => r.Cell(7).GetString() == "Được công nhận"));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i].Name, rows[i].Cell(2).GetString());
            Assert.Equal(expected[i].MeanScore!.Value, rows[i].Cell(6).GetDouble(), 2);
            Assert.Equal(expected[i].Number, rows[i].Cell(8).GetString());
        }
        Assert.Equal(expected[^1].Name, rows[^1].Cell(2).GetString());
    }

    [Fact]
    public async Task Commendations_FilteredIndividuals_ExportsTheSameRowsAsTheDatabase()
    {
        var expected = await portal.WithDbAsync(db => db.Commendations
            .Where(c => c.Kind == global::KhuyenCong.Domain.Commendations.RecipientKind.Individual).Select(c => new { c.Recipient, c.DecisionNumber }).ToListAsync());
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.GetAsync("/Commendations/Export?kind=Individual");

        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "STT").RowNumber();
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > header && r.Cell(1).DataType == XLDataType.Number).ToList();
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal("Bùi Xuân Hùng", rows.Single().Cell(2).GetString());
        Assert.Equal(expected.Single().DecisionNumber, rows.Single().Cell(7).GetString());
        Assert.Equal("2014–2020", rows.Single().Cell(6).GetString());
    }
}
