using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Budgets;

public static class BudgetRules
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static void CheckYear(int year)
    {
        if (year is < FirstYear or > LastYear)
            throw new DomainException("Năm {0} không hợp lệ: phải trong khoảng {1}–{2}.", year, FirstYear, LastYear);
    }
}
