using KhuyenCong.Domain.Budgets;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>
/// What the overview is asked for: a year, optionally one fund and one province (statistics-office code), or
/// several province codes at once (a current province and the legacy ones folded into it: counted once).
/// </summary>
public sealed record BudgetFilter(int Year, Fund? Fund, string? Province, IReadOnlyList<string>? ProvinceCodes = null)
{
    /// <summary>The province codes to keep, or null for the whole scope.</summary>
    public IReadOnlyList<string>? Codes => ProvinceCodes ?? (Province is null ? null : [Province]);
}
