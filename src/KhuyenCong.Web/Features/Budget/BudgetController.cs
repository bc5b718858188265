using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Web.Infrastructure.Excel;
using KhuyenCong.Web.Features.ReferenceForms;
using KhuyenCong.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>The budget overview per year (everyone, within scope, read-only) and its Excel file.</summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class BudgetController(BudgetFilterResolver filters, BudgetOverviewQuery overview,
    Infrastructure.Caching.UserFigureCache figures) : Controller
{
    [CachedPage("year", "fund", "province")]
    public async Task<IActionResult> Index(int? year, string? fund, string? province, CancellationToken ct)
    {
        var resolved = await filters.ResolveAsync(User, year, fund, province, ct);
        if (resolved.Filter is null) return StatusCode(resolved.Status);
        // Issue 16: the year's sums over every project in scope, kept per user until the data changes.
        var f = resolved.Filter;
        var result = await figures.GetOrComputeAsync(User,
            $"budget|{f.Year}|{f.Fund}|{f.Province}|{string.Join(',', f.ProvinceCodes ?? [])}",
            () => overview.RunAsync(resolved.Scope, f, ct), ct);
        return View(new BudgetIndexViewModel(result, resolved.Provinces, ScopeName(resolved.Scope.IsNationwide)));
    }

    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Export(int? year, string? fund, string? province, CancellationToken ct)
    {
        var resolved = await filters.ResolveAsync(User, year, fund, province, ct);
        if (resolved.Filter is null) return StatusCode(resolved.Status);
        var result = await overview.RunAsync(resolved.Scope, resolved.Filter, ct);
        var tables = BudgetExcel.Overview(result, ScopeName(resolved.Scope.IsNationwide));
        var form = await this.OfficialFormAsync(OfficialFormKeys.Budget);
        foreach (var table in tables) table.WithForm(form);
        return await this.OfficialExcelAsync($"kinh-phi-khuyen-cong-{result.Filter.Year}.xlsx", tables);
    }

    private string ScopeName(bool nationwide) =>
        nationwide ? "Cả nước" : User.FindFirst(Authorization.AppClaims.OrganisationName)?.Value ?? "";
}

public sealed record BudgetIndexViewModel(BudgetOverview Overview, IReadOnlyList<ProvinceOption> Provinces,
    string ScopeName);
