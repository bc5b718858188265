using KhuyenCong.Domain.Budgets;

namespace KhuyenCong.Web.Features.Reports;

/// <summary>
/// One line of the implementation report in print order (<see cref="ReportQuery.ImplementationItemsAsync"/>), so
/// that a writer can take the report line by line from the database instead of holding it whole.
/// </summary>
/// <param name="ProvinceName">The province the line belongs to (empty on the total).</param>
/// <param name="Row">The project of a <see cref="ImplementationItemKind.Project"/> line.</param>
/// <param name="Fund">The fund of a <see cref="ImplementationItemKind.FundTotal"/> line.</param>
/// <param name="Totals">The sums of a subtotal or total line.</param>
public sealed record ImplementationItem(ImplementationItemKind Kind, string? ProvinceCode, string ProvinceName,
    ImplementationRow? Row = null, Fund? Fund = null, ReportTotals? Totals = null);
