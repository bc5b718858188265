using System.Net;
using ClosedXML.Excel;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>The Excel files are opened and their cells checked against the database.</summary>
[Collection(SharedPortal.Name)]
public sealed class BudgetExcelTests(PortalFactory portal)
{
    private const double M = BudgetData.Million;

    private async Task<XLWorkbook> DownloadAsync(string email, string url)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        var response = await client.GetAsync(url);
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private static IXLRow RowStarting(IXLWorksheet sheet, string text) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString().StartsWith(text, StringComparison.Ordinal) || r.Cell(2).GetString() == text);

    [Fact]
    public async Task OverviewExport_Ministry2021_MatchesDatabaseAndIsFormattedOfficially()
    {
        using var book = await DownloadAsync(DemoAccounts.MinistryLeader, "/Budget/Export?year=2021");
        var sheet = book.Worksheet("Theo nguồn");

        var title = sheet.CellsUsed().Single(c => c.GetString() == "TÌNH HÌNH THỰC HIỆN KINH PHÍ KHUYẾN CÔNG");
        Assert.True(title.Style.Font.Bold);
        Assert.Contains("Năm 2021", sheet.Cell(title.Address.RowNumber + 1, 1).GetString());
        Assert.Equal("Đơn vị tính: triệu đồng", sheet.Cell(title.Address.RowNumber + 2, 1).GetString());
        var headerRow = title.Address.RowNumber + 3;
        Assert.Equal("Dự toán", sheet.Cell(headerRow, 2).GetString());
        Assert.True(sheet.Cell(headerRow, 2).Style.Font.Bold);
        Assert.True(sheet.Column(2).CellsUsed().Where(c => c.DataType == XLDataType.Number)
            .All(c => c.GetFormattedString().Length < sheet.Column(2).Width));

        var plans = await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Year == 2021)
            .GroupBy(p => p.Fund).Select(g => new { g.Key, Estimate = g.Sum(p => p.EstimateDong), Allocated = g.Sum(p => p.AllocatedDong) }).ToListAsync());
        var kcqg = RowStarting(sheet, "KCQG");
        var national = plans.Single(p => p.Key == Fund.Kcqg);
        Assert.Equal(national.Estimate / M, kcqg.Cell(2).GetDouble());
        Assert.Equal(75_641, kcqg.Cell(3).GetDouble());
        Assert.Equal(national.Allocated / M, kcqg.Cell(3).GetDouble());
        Assert.Equal(75_641.0 / 150_000, kcqg.Cell(4).GetDouble(), 6);
        Assert.Equal("0.0%", kcqg.Cell(4).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, kcqg.Cell(2).DataType);
        Assert.StartsWith("#,##0", kcqg.Cell(2).Style.NumberFormat.Format);

        var total = RowStarting(sheet, "Tổng cộng");
        Assert.Equal(plans.Sum(p => p.Estimate) / M, total.Cell(2).GetDouble());
        Assert.Equal(338_000, total.Cell(2).GetDouble());
        Assert.Equal(plans.Sum(p => p.Allocated) / M, total.Cell(3).GetDouble());
        Assert.True(total.Cell(1).Style.Font.Bold);
    }

    [Fact]
    public async Task OverviewExport_RecipientSheet_HasEveryRecipientAndTotals()
    {
        using var book = await DownloadAsync(DemoAccounts.MinistryOfficer, "/Budget/Export?year=2021&fund=KCQG");
        var sheet = book.Worksheet("Theo đơn vị nhận");

        var rows = sheet.RowsUsed().Where(r => r.Cell(1).DataType == XLDataType.Number).ToList();
        Assert.Equal(52, rows.Count);
        var hoaBinh = rows.Single(r => r.Cell(2).GetString() == DemoOrganisations.HoaBinhDepartment);
        Assert.Equal(1_100, hoaBinh.Cell(5).GetDouble());
        Assert.Equal(75_641, RowStarting(sheet, "Tổng cộng").Cell(5).GetDouble());
        Assert.Equal(rows.Sum(r => r.Cell(5).GetDouble()), RowStarting(sheet, "Cộng KCQG").Cell(5).GetDouble(), 6);
    }

    [Fact]
    public async Task AllocationExport_NationalPlan_TranchesAndTotalsMatchDatabase()
    {
        var plan = await portal.NationalPlanIdAsync();
        var byTranche = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == plan && a.CorrectsId == null)
            .GroupBy(a => a.Tranche).Select(g => new { g.Key, Sum = g.Sum(a => a.AmountDong) }).OrderBy(g => g.Key).ToListAsync());
        var corrections = await portal.WithDbAsync(db => db.Allocations.Where(a => a.PlanId == plan && a.CorrectsId != null).SumAsync(a => a.AmountDong));
        var total = await portal.AllocatedAsync(plan);

        using var book = await DownloadAsync(DemoAccounts.MinistryOfficer, $"/Plans/Export/{plan}");
        var sheet = book.Worksheet("Phân bổ");

        var header = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "STT");
        var totals = RowStarting(sheet, "Tổng cộng");
        for (var i = 0; i < byTranche.Count; i++)
        {
            Assert.Equal($"Đợt {byTranche[i].Key}", header.Cell(4 + i).GetString());
            Assert.Equal(byTranche[i].Sum / M, totals.Cell(4 + i).GetDouble());
        }
        Assert.Equal(corrections / M, totals.Cell(4 + byTranche.Count).GetDouble());
        Assert.Equal(total / M, totals.Cell(5 + byTranche.Count).GetDouble());
    }

    [Fact]
    public async Task AllocationExport_HoaBinhOfNationalPlan_HasOnlyOwnRows()
    {
        var plan = await portal.NationalPlanIdAsync();
        using var book = await DownloadAsync(DemoAccounts.HoaBinhLegacy, $"/Plans/Export/{plan}");
        var sheet = book.Worksheet("Phân bổ");

        var rows = sheet.RowsUsed().Where(r => r.Cell(1).DataType == XLDataType.Number).ToList();
        Assert.Equal(DemoOrganisations.HoaBinhDepartment, Assert.Single(rows).Cell(2).GetString());
        Assert.Equal(1_100, RowStarting(sheet, "Tổng cộng").LastCellUsed().GetDouble());
    }
}
