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
        var table = new OfficialTable("Tinh hinh thuc hien",
            $"BÁO CÁO TÌNH HÌNH THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG {report.Filter.PeriodName.ToUpperInvariant()}",
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
          .Subtitle($"{report.ScopeName} – số liệu đến ngày {report.Filter.End:dd/MM/yyyy} – " +
                    Boundaries.BoundaryViews.Label(report.Filter.Boundaries).ToLowerInvariant())
          .Subtitle("Kinh phí được giao: ghi ở dòng cộng của từng nguồn (giao cho các đơn vị của tỉnh); tỷ lệ giải " +
              "ngân của dòng cộng = đã giải ngân ÷ được giao, của đề án = đã giải ngân ÷ hỗ trợ được duyệt.");
        var n = 0;
        foreach (var province in report.Provinces)
        {
            table.Group(province.Name);
            foreach (var fund in province.Funds)
            {
                foreach (var r in fund.Rows)
                {
                    table.Row(++n, r.Code, r.Name, ProjectNames.Kind(r.Kind), r.Implementer, r.Beneficiaries,
                        r.Location, r.Content, Decision(r),
                        r.TotalCost.Millions, r.Fund == Fund.Kcqg ? r.Support.Millions : null, r.Fund == Fund.Kcdp
                            ? r.Support.Millions : null,
                        r.Counterpart.Millions, null, r.Disbursed.Millions, r.Settled.Millions, r.DisbursedRate,
                            ProjectNames.Status(r.Status));
                }
                table.Subtotal(Sums($"Cộng {FundNames.Code(fund.Fund)} – {province.Name}", fund.Totals));
            }
            table.Subtotal(Sums($"Cộng {province.Name}", province.Totals));
        }
        table.Total(Sums("Tổng cộng", report.Totals));
        return table;
    }

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
