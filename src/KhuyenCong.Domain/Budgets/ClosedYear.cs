using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Budgets;

/// <summary>
/// The one refusal of a change to a closed plan year, whoever detects it (the plan or the save-time check).
/// </summary>
public static class ClosedYear
{
    public static WorkflowException Refusal(Fund fund, int year) => new(
        "Năm kế hoạch {0} ({1}) đã khóa sổ: không thay đổi được kế hoạch, phân bổ và đề án của năm này. " +
        "Muốn thay đổi, người lập kế hoạch phải mở lại năm, ghi rõ lý do.", year, FundNames.Code(fund));
}
