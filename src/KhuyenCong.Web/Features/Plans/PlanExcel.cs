using KhuyenCong.Domain.Budgets;
using KhuyenCong.Web.Infrastructure.Excel;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// The allocation table of a plan (bảng phân bổ) as on its page: a column per tranche, corrections, total.
/// </summary>
public static class PlanExcel
{
    public static OfficialTable Allocations(PlanDetailsViewModel plan)
    {
        var table = plan.Table;
        var columns = new List<OfficialColumn>
        {
            new("STT", 6, ExcelCellKind.Integer), new("Đơn vị nhận", 44), new("Địa bàn", 24),
        };
        columns.AddRange(table.Tranches.Select(t => new OfficialColumn($"Đợt {t}", 14, ExcelCellKind.Million)));
        columns.Add(new("Điều chỉnh", 14, ExcelCellKind.Million));
        columns.Add(new("Tổng cộng", 16, ExcelCellKind.Million));

        var title = $"BẢNG PHÂN BỔ KINH PHÍ {FundNames.Code(plan.Fund)} NĂM {plan.Year}";
        var sheet = new OfficialTable("Phân bổ", title, columns)
            .Subtitle(plan.Owner
                + (plan.DecisionNumber is null ? "" : $" – dự toán theo Quyết định {plan.DecisionNumber}"));
        if (plan.RecipientName is not null) sheet.Subtitle($"Đơn vị nhận: {plan.RecipientName}");
        var n = 0;
        foreach (var row in table.Rows)
            sheet.Row([++n, row.Recipient, row.Area ?? "Cả nước", .. row.ByTranche.Select(v => (object?)v.Millions),
                row.Corrections.Millions, row.Total.Millions]);
        sheet.Total([null, "Tổng cộng", null, .. table.TrancheTotals.Select(v => (object?)v.Millions),
            table.Corrections.Millions, table.Total.Millions]);
        return sheet;
    }
}
