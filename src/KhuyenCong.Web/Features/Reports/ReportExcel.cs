using System.Runtime.CompilerServices;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Infrastructure.Excel;
using Boundaries = KhuyenCong.Web.Features.Boundaries;

namespace KhuyenCong.Web.Features.Reports;

/// <summary>The reports as official tables, with exactly the rows and figures of their print views.</summary>
public static class ReportExcel
{
    public static OfficialTable Implementation(ImplementationReport report)
    {
        var table = ImplementationHead(report.Filter, report.ScopeName);
        var n = 0;
        foreach (var item in report.Items()) table.Add(ImplementationRow(item, ref n));
        return table;
    }

    /// <summary>
    /// The implementation report's lines as table rows, taken one at a time (the streamed workbook of a long
    /// report: <see cref="ReportQuery.ImplementationItemsAsync"/>).
    /// </summary>
    public static async IAsyncEnumerable<OfficialRow> ImplementationRows(IAsyncEnumerable<ImplementationItem> items,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var n = 0;
        await foreach (var item in items.WithCancellation(ct)) yield return ImplementationRow(item, ref n);
    }

    /// <summary>The implementation report's title, columns and subtitles, without rows.</summary>
    public static OfficialTable ImplementationHead(ReportFilter filter, string scopeName) => new OfficialTable(
        "Tinh hinh thuc hien",
        $"BÁO CÁO TÌNH HÌNH THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG {filter.PeriodName.ToUpperInvariant()}",
    [
        new("STT", 5, ExcelCellKind.Integer), new("Mã đề án", 18), new("Tên đề án", 40), new("Loại đề án", 12),
            new("Đơn vị thực hiện", 28),
        new("Đơn vị thụ hưởng", 28), new("Địa điểm", 18), new("Nội dung hoạt động", 24),
            new("Quyết định phê duyệt", 22),
        new("Tổng kinh phí", 13, ExcelCellKind.Million), new("Hỗ trợ KCQG", 13, ExcelCellKind.Million),
            new("Hỗ trợ KCĐP", 13, ExcelCellKind.Million),
        new("Vốn đối ứng", 13, ExcelCellKind.Million), new("Kinh phí được giao", 13, ExcelCellKind.Million),
            new("Đã giải ngân", 13, ExcelCellKind.Million),
        new("Đã quyết toán", 13, ExcelCellKind.Million), new("Tỷ lệ giải ngân", 10, ExcelCellKind.Percent),
            new("Trạng thái", 16),
    ]) { GroupHeader = "Tỉnh/thành phố" }
        .Subtitle($"{scopeName} – số liệu đến ngày {filter.End:dd/MM/yyyy} – " +
            Boundaries.BoundaryViews.Label(filter.Boundaries).ToLowerInvariant())
        .Subtitle("Kinh phí được giao: ghi ở dòng cộng của từng nguồn (giao cho các đơn vị của tỉnh); tỷ lệ giải " +
            "ngân của dòng cộng = đã giải ngân ÷ được giao, của đề án = đã giải ngân ÷ hỗ trợ được duyệt.");

    /// <summary>
    /// A row as wide as any of a report of <paramref name="count"/> projects whose grand total is
    /// <paramref name="totals"/>: the last number, the total's figures, a rate of up to 999.9 %. The streamed
    /// workbook sizes its columns by it beyond the rows it measures.
    /// </summary>
    public static OfficialRow ImplementationWidest(int count, ReportTotals totals)
    {
        var cells = Sums("Tổng cộng", totals);
        cells[0] = count;
        cells[^2] = Math.Max(totals.DisbursedRate ?? 0, 9.999);
        return new(cells, OfficialRowStyle.Total);
    }

    /// <summary>One line of the report as a row of the table; <paramref name="n"/> numbers the projects.</summary>
    private static OfficialRow ImplementationRow(ImplementationItem item, ref int n) => item.Kind switch
    {
        ImplementationItemKind.Province => new([item.ProvinceName], OfficialRowStyle.Group),
        ImplementationItemKind.Project => ProjectRow(++n, item.Row!),
        ImplementationItemKind.FundTotal => new(Sums($"Cộng {FundNames.Code(item.Fund!.Value)} – {item.ProvinceName}",
            item.Totals!), OfficialRowStyle.Subtotal),
        ImplementationItemKind.ProvinceTotal => new(Sums($"Cộng {item.ProvinceName}", item.Totals!),
            OfficialRowStyle.Subtotal),
        _ => new(Sums("Tổng cộng", item.Totals!), OfficialRowStyle.Total),
    };

    private static OfficialRow ProjectRow(int n, ImplementationRow r) => new(
    [
        n, r.Code, r.Name, ProjectNames.Kind(r.Kind), r.Implementer, r.Beneficiaries, r.Location, r.Content,
        Decision(r), r.TotalCost.Millions, r.Fund == Fund.Kcqg ? r.Support.Millions : null,
        r.Fund == Fund.Kcdp ? r.Support.Millions : null, r.Counterpart.Millions, null, r.Disbursed.Millions,
        r.Settled.Millions, r.DisbursedRate, ProjectNames.Status(r.Status),
    ], OfficialRowStyle.Normal);

    public static OfficialTable Indicators(IndicatorReport report)
    {
        var table = new OfficialTable("Chi tieu",
            $"TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KHUYẾN CÔNG {report.Filter.PeriodName.ToUpperInvariant()}",
        [
            new("STT", 5, ExcelCellKind.Integer), new("Chỉ tiêu", 52), new("Đơn vị tính", 16),
            new("KCQG", 14, ExcelCellKind.Million), new("KCĐP", 14, ExcelCellKind.Million),
                new("Tổng cộng", 14, ExcelCellKind.Million),
        ]).Subtitle($"{report.ScopeName} – số liệu đến ngày " +
            $"{report.Filter.End:dd/MM/yyyy}");
        table.UnitLine = "Đơn vị tính (kinh phí): triệu đồng";
        var n = 0;
        foreach (var row in report.Rows) table.Row(++n, row.Name, row.Unit, row.Kcqg, row.Kcdp, row.Total);
        return table;
    }

    public static string Decision(ImplementationRow r) =>
        r.DecisionNumber is null ? "" : r.DecisionDate is { } d ? $"{r.DecisionNumber} ngày {d:dd/MM/yyyy}"
            : r.DecisionNumber;

    private static object?[] Sums(string label, ReportTotals t) =>
        [null, null, label, null, null, null, null, null, null, t.TotalCost.Millions, t.Kcqg.Millions, t.Kcdp.Millions,
            t.Counterpart.Millions,
            t.Allocated.Millions, t.Disbursed.Millions, t.Settled.Millions, t.DisbursedRate, null];
}
