using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Budget;

public sealed record BudgetOverview(
    BudgetFilter Filter, IReadOnlyList<FundRow> Funds, IReadOnlyList<PlanRow> Plans,
    IReadOnlyList<RecipientRow> Recipients)
{
    public BudgetFigures Total =>
        BudgetFigures.Sum(Funds.Select(f => f.Figures)) with { AcrossFunds = Funds.Count > 1 };
}
