using KhuyenCong.Domain.Budgets;

namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// The years a date in the portal may fall in (<c>Validation:MinYear</c>, <c>Validation:MaxYear</c>; 2000–2100 by
/// default). Outside it a date is a typing slip (0001-01-01, 9999-12-31) that would be stored or overflow a
/// time-zone shift, so every form, filter and import refuses it with the same message. The settings may narrow the
/// domain's own range of plan years (<see cref="BudgetRules.FirstYear"/>–<see cref="BudgetRules.LastYear"/>), never
/// widen it: a date the domain would refuse as a year is refused here first.
/// </summary>
public sealed record DateWindow(int MinYear, int MaxYear)
{
    public static DateWindow From(IConfiguration configuration) =>
        new(Math.Max(BudgetRules.FirstYear, configuration.GetValue("Validation:MinYear", BudgetRules.FirstYear)),
            Math.Min(BudgetRules.LastYear, configuration.GetValue("Validation:MaxYear", BudgetRules.LastYear)));

    public bool Contains(int year) => year >= MinYear && year <= MaxYear;
}
