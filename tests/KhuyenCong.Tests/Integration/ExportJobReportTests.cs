using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using OpenXml = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The implementation report as a job is read from the database while it is written (issue 16): the file lists
/// the same projects in the same order as the report's page (Hòa Bình's projects folded under Phú Thọ in the
/// current boundaries), its total equals the database, and its formatted sheet has the print setup (issue 14).
/// </summary>
public sealed partial class ExportJobTests
{
    [Fact]
    public async Task ImplementationExcel_StreamedReport_HasThePagesRowsTheDatabasesTotalsAndPrintSetup()
    {
        var client = await ClientAsync(DemoAccounts.MinistryLeader);
        const string query = "?year=2021&period=Year&boundaries=Current";
        var page = await client.GetDocumentAsync("/Reports/Implementation" + query);
        var jobPage = await RequestJobAsync(client, "/Reports/ImplementationExcel" + query);
        using var document = await OpenAsync(client, await WaitForDownloadAsync(client, jobPage));

        var official = Sheets(document)["Tinh hinh thuc hien"];
        var pageCodes = page.QuerySelectorAll("tr[data-project]").Select(r => r.GetAttribute("data-project")!).ToList();
        var fileCodes = official.Where(r => r.Length > 1 && int.TryParse(r[0], out _) && r[1].Length > 0)
            .Select(r => r[1]).ToList();
        Assert.NotEmpty(pageCodes);
        Assert.Equal(pageCodes, fileCodes);
        Assert.Contains(official, r => r.Length > 0 && r[0] == "Tỉnh Phú Thọ");
        Assert.DoesNotContain(official, r => r.Length > 0 && r[0] == "Tỉnh Hòa Bình");

        var end = new DateOnly(2021, 12, 31);
        var (cost, kcqg, kcdp, disbursed) = await portal.WithDbAsync(async db =>
        {
            var projects = db.Projects.Where(p => p.Year == 2021 && Approved.Contains(p.Status));
            return (await projects.SumAsync(p => p.TotalCostDong),
                await projects.Where(p => p.Fund == Fund.Kcqg).SumAsync(p => p.ApprovedSupportDong ?? 0),
                await projects.Where(p => p.Fund == Fund.Kcdp).SumAsync(p => p.ApprovedSupportDong ?? 0),
                await projects.SelectMany(p => p.Disbursements).Where(d => d.Date <= end).SumAsync(d => d.AmountDong));
        });
        var total = official.Single(r => r.Length > 2 && r[2] == "Tổng cộng");
        Assert.Equal([cost / 1e6, kcqg / 1e6, kcdp / 1e6, disbursed / 1e6],
            new[] { 9, 10, 11, 14 }.Select(c => double.Parse(total[c], CultureInfo.InvariantCulture)), Close);

        var book = document.WorkbookPart!;
        var sheet = (WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<OpenXml.Sheet>().First().Id!);
        var setup = sheet.Worksheet.GetFirstChild<OpenXml.PageSetup>()!;
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(OpenXml.OrientationValues.Landscape, setup.Orientation!.Value);
        var header = official.FindIndex(r => r.Length > 0 && r[0] == "STT") + 1;
        Assert.Contains(book.Workbook.DefinedNames!.Elements<OpenXml.DefinedName>(),
            d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId?.Value == 0
                && d.Text.EndsWith($"'Tinh hinh thuc hien'!${header}:${header}", StringComparison.Ordinal));
    }

    private static readonly IEqualityComparer<double> Close = EqualityComparer<double>.Create(
        (a, b) => Math.Abs(a - b) < 1e-6, v => 0);
}
