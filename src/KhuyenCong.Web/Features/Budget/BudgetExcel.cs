using KhuyenCong.Domain.Budgets;
using KhuyenCong.Web.Infrastructure.Excel;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>The budget overview as official tables, with exactly the rows and figures of the screen.</summary>
public static class BudgetExcel
{
    private static readonly OfficialColumn[] FigureColumns =
    [
        new("Dự toán", 16, ExcelCellKind.Million),
        new("Đã giao", 16, ExcelCellKind.Million),
        new("Tỷ lệ giao/dự toán", 12, ExcelCellKind.Percent),
        new("Đã phê duyệt", 16, ExcelCellKind.Million),
        new("Đã giải ngân", 16, ExcelCellKind.Million),
        new("Tỷ lệ giải ngân/đã giao", 12, ExcelCellKind.Percent),
        new("Đã quyết toán", 16, ExcelCellKind.Million),
    ];

    public static OfficialTable[] Overview(BudgetOverview overview, string scopeName)
    {
        var subtitle = $"Năm {overview.Filter.Year} – {scopeName}" +
                       (overview.Filter.Fund is { } f ? $" – nguồn {FundNames.Code(f)}" : "") +
                       (overview.Filter.Province is { } p ? $" – tỉnh mã {p}" : "");

        var byFund = new OfficialTable("Theo nguồn", "TÌNH HÌNH THỰC HIỆN KINH PHÍ KHUYẾN CÔNG",
                [new("Nguồn kinh phí", 34), .. FigureColumns])
            .Subtitle(subtitle);
        foreach (var row in overview.Funds)
            byFund.Row([$"{FundNames.Code(row.Fund)} – {FundNames.Name(row.Fund)}", .. Cells(row.Figures)]);
        byFund.Total(["Tổng cộng", .. Cells(overview.Total)]);

        var byRecipient = new OfficialTable("Theo đơn vị nhận", "KINH PHÍ KHUYẾN CÔNG THEO ĐƠN VỊ NHẬN",
                [new("STT", 6, ExcelCellKind.Integer), new("Đơn vị nhận", 44), new("Địa bàn", 24), .. FigureColumns])
            { GroupHeader = "Nguồn kinh phí" }
            .Subtitle(subtitle);
        foreach (var fund in overview.Recipients.GroupBy(r => r.Fund))
        {
            byRecipient.Group($"Nguồn {FundNames.Code(fund.Key)} – {FundNames.Name(fund.Key)}");
            var n = 0;
            foreach (var row in fund)
                byRecipient.Row([++n, row.Recipient, row.Area ?? "Cả nước", .. RecipientCells(row.Figures)]);
            byRecipient.Subtotal([null, $"Cộng {FundNames.Code(fund.Key)}", null,
                .. RecipientCells(BudgetFigures.Sum(fund.Select(r => r.Figures)))]);
        }
        var acrossFunds = overview.Recipients.Select(r => r.Fund).Distinct().Count() > 1;
        byRecipient.Total([null, "Tổng cộng", null, .. RecipientCells(
            BudgetFigures.Sum(overview.Recipients.Select(r => r.Figures)) with { AcrossFunds = acrossFunds })]);
        return [byFund, byRecipient];
    }

    private static object?[] Cells(BudgetFigures f) =>
        [f.Estimate.Millions, f.Allocated.Millions, f.AllocatedRate, f.Approved.Millions, f.Disbursed.Millions,
            f.DisbursedRate, f.Settled.Millions];

    /// <summary>A recipient has no estimate of its own: those two cells stay empty, as on screen.</summary>
    private static object?[] RecipientCells(BudgetFigures f) =>
        [null, f.Allocated.Millions, null, f.Approved.Millions, f.Disbursed.Millions, f.DisbursedRate,
            f.Settled.Millions];
}
