using System.Net;
using ClosedXML.Excel;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>The implementation report and the indicator summary: they open, and their totals equal sums computed here from the tables.</summary>
[Collection(SharedPortal.Name)]
public sealed class ReportTests(PortalFactory portal)
{
    private const long M = BudgetData.Million;
    private static readonly ProjectStatus[] Approved = [ProjectStatus.Approved, ProjectStatus.InProgress, ProjectStatus.Accepted, ProjectStatus.Settled,
        ProjectStatus.Closed];

    private async Task<HttpClient> ClientAsync(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<XLWorkbook> DownloadAsync(string email, string url)
    {
        var response = await (await ClientAsync(email)).GetAsync(url);
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private sealed record Sums(int Projects, long Kcqg, long Kcdp, long Counterpart, long Allocated, long Disbursed, long Settled);

    /// <summary>What the report must total, computed from the tables; <paramref name="province"/> null = whole country.</summary>
    private Task<Sums> ExpectedAsync(string? province, DateOnly end) => portal.WithDbAsync(async db =>
    {
        var projects = db.Projects.Where(p => p.Year == end.Year && Approved.Contains(p.Status));
        var allocations = db.Allocations.Where(a => a.Plan!.Year == end.Year && a.DecisionDate <= end);
        if (province is not null)
        {
            projects = projects.Where(p => p.ProvinceCode == province);
            allocations = allocations.Where(a => (a.Recipient!.ScopeUnit != null && a.Recipient.ScopeUnit.ProvinceCode == province)
                                                 || (a.Plan!.OwnerUnit != null && a.Plan.OwnerUnit.ProvinceCode == province));
        }
        var ids = await projects.Select(p => p.Id).ToListAsync();
        var list = await projects.Select(p => new { p.Fund, Support = p.ApprovedSupportDong ?? 0, p.SettledDong, p.SettlementDate }).ToListAsync();
        var lines = await db.Projects.Where(p => ids.Contains(p.Id)).SelectMany(p => p.CostLines).SumAsync(c => c.ContributionDong);
        var disbursed = await db.Disbursements.Where(d => ids.Contains(d.ProjectId) && d.Date <= end).SumAsync(d => d.AmountDong);
        return new Sums(ids.Count, list.Where(p => p.Fund == Fund.Kcqg).Sum(p => p.Support), list.Where(p => p.Fund == Fund.Kcdp).Sum(p => p.Support),
            lines, await allocations.SumAsync(a => a.AmountDong), disbursed,
            list.Where(p => p.SettlementDate != null && p.SettlementDate <= end).Sum(p => p.SettledDong ?? 0));
    });

    private static IXLRow Labelled(IXLWorksheet sheet, string label) => sheet.RowsUsed().Single(r => r.Cell(3).GetString() == label);

    private static Sums FromRow(IXLRow row, int projects) => new(projects, Dong(row.Cell(11)), Dong(row.Cell(12)), Dong(row.Cell(13)), Dong(row.Cell(14)),
        Dong(row.Cell(15)), Dong(row.Cell(16)));

    private static long Dong(IXLCell cell) => cell.IsEmpty() ? 0 : (long)Math.Round(cell.GetDouble() * M);

    [Theory]
    [InlineData(DemoAccounts.MinistryLeader, null, "Year")]
    [InlineData(DemoAccounts.MinistryLeader, null, "FirstHalf")]
    [InlineData(DemoAccounts.HoaBinhLegacy, "17", "Year")]
    [InlineData(DemoAccounts.HoaBinhLegacy, "17", "FirstHalf")]
    public async Task ImplementationExcel_TotalsEqualTheDatabase(string email, string? province, string period)
    {
        using var book = await DownloadAsync(email, $"/Reports/ImplementationExcel?year=2021&period={period}");
        var sheet = book.Worksheet(1);

        var end = period == "Year" ? new DateOnly(2021, 12, 31) : new DateOnly(2021, 6, 30);
        var expected = await ExpectedAsync(province, end);
        var projectRows = sheet.RowsUsed().Count(r => r.Cell(1).DataType == XLDataType.Number);
        Assert.Equal(expected, FromRow(Labelled(sheet, "Tổng cộng"), projectRows));
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith("BÁO CÁO TÌNH HÌNH THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG", StringComparison.Ordinal));
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "Đơn vị tính: triệu đồng");
        if (province is not null && period == "Year")
        {
            Assert.Equal((5, 1_100 * M, 405 * M, 1_505 * M), (expected.Projects, expected.Kcqg, expected.Kcdp, expected.Allocated));
            var kcqg = sheet.RowsUsed().Single(r => r.Cell(3).GetString().StartsWith("Cộng KCQG – ", StringComparison.Ordinal));
            Assert.Equal(1_100 * M, Dong(kcqg.Cell(14)));
        }
        if (province is null && period == "Year")
            Assert.Equal(75_641 * M + await portal.WithDbAsync(db => db.Allocations.Where(a => a.Plan!.Year == 2021 && a.Plan.Fund == Fund.Kcdp).SumAsync(a => a.AmountDong)), expected.Allocated);
    }

    [Fact]
    public async Task ImplementationPrintView_HoaBinh_ShowsTheSameTotals()
    {
        var page = await (await ClientAsync(DemoAccounts.HoaBinhLegacy)).GetDocumentAsync("/Reports/Implementation?year=2021&period=Year");

        Assert.Equal(5, page.QuerySelectorAll("#implementation tr[data-project]").Length);
        var total = page.QuerySelector("#implementation tfoot tr")!;
        Assert.Equal("1.100", total.QuerySelector("[data-col='kcqg']")!.TextContent);
        Assert.Equal("405", total.QuerySelector("[data-col='kcdp']")!.TextContent);
        Assert.Equal("1.505", total.QuerySelector("[data-col='allocated']")!.TextContent);
        Assert.NotNull(page.QuerySelector("link[href*='report-print.css']"));
        Assert.Null(page.QuerySelector("nav.portal-nav"));
    }

    [Fact]
    public async Task ImplementationPrintView_CurrentBoundaries_GroupsHoaBinhUnderPhuTho()
    {
        var page = await (await ClientAsync(DemoAccounts.HoaBinhLegacy)).GetDocumentAsync("/Reports/Implementation?year=2021&boundaries=Current");

        var groups = page.QuerySelectorAll("#implementation tr.kc-group").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(["Tỉnh Phú Thọ"], groups);
    }

    [Theory]
    [InlineData(DemoAccounts.MinistryLeader, null)]
    [InlineData(DemoAccounts.HoaBinhLegacy, "17")]
    public async Task IndicatorsExcel_EqualsTheDatabase(string email, string? province)
    {
        using var book = await DownloadAsync(email, "/Reports/IndicatorsExcel?year=2021");
        var sheet = book.Worksheet(1);

        var projects = await portal.WithDbAsync(db => db.Projects.Where(p => p.Year == 2021 && Approved.Contains(p.Status) && (province == null || p.ProvinceCode == province))
            .Select(p => new { p.Fund, p.ApprovedSupportDong, p.EstablishmentsSupported, p.WorkersTrained, p.DemonstrationModels, p.Machines }).ToListAsync());
        var certified = await portal.WithDbAsync(db => db.ProductEntries.CountAsync(e => e.Round!.Year == 2021 && e.Certificate != null
            && (province == null || e.ProvinceUnit!.ProvinceCode == province)));
        double Sum(Fund fund, Func<dynamic, double> value) => projects.Where(p => p.Fund == fund).Select(p => value(p)).Sum();
        (string Name, Func<dynamic, double> Value)[] rows =
        [
            ("Số đề án", _ => 1), ("Kinh phí hỗ trợ được phê duyệt", p => (double)((long?)p.ApprovedSupportDong ?? 0) / M),
            ("Cơ sở công nghiệp nông thôn được hỗ trợ", p => p.EstablishmentsSupported), ("Lao động được đào tạo", p => p.WorkersTrained),
            ("Mô hình trình diễn kỹ thuật", p => p.DemonstrationModels), ("Máy móc thiết bị, dây chuyền được hỗ trợ", p => p.Machines),
        ];
        foreach (var (name, value) in rows)
        {
            var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == name);
            Assert.Equal((Sum(Fund.Kcqg, value), Sum(Fund.Kcdp, value)), (row.Cell(4).GetDouble(), row.Cell(5).GetDouble()));
            Assert.Equal(row.Cell(4).GetDouble() + row.Cell(5).GetDouble(), row.Cell(6).GetDouble());
        }
        Assert.Equal(certified, sheet.RowsUsed().Single(r => r.Cell(2).GetString().StartsWith("Sản phẩm", StringComparison.Ordinal)).Cell(6).GetDouble());
        if (province is null) Assert.Equal(200, certified);
    }

    [Fact]
    public async Task ReportsIndex_Leader_OffersBothReports()
    {
        var page = await (await ClientAsync(DemoAccounts.HoaBinhLegacy)).GetDocumentAsync("/Reports?year=2021&period=FirstHalf");

        Assert.Contains("period=FirstHalf", page.QuerySelector("#implementation-excel")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#indicators-excel"));
    }
}
