using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Boundaries;
using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Domain.Budgets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>Read-only budget figures for other systems, in whole đồng, summed over what the caller may see.</summary>
[ApiController]
[Route("api/v1/budget")]
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class BudgetApiController(
    Data.AppDbContext db, BudgetFilterResolver filters, BudgetOverviewQuery overview,
    IStringLocalizer<SharedResource> localizer) : ControllerBase
{
    /// <summary>
    /// Estimate, allocated, approved, disbursed and settled for a year, optionally one fund (KCQG|KCDP) and one
    /// province code, with the same figures per province. <c>boundaries</c> is <c>recorded</c> (each record's own
    /// province) or
    /// <c>current</c> (legacy provinces counted under today's 34, e.g. Hòa Bình 2021 under Phú Thọ, code 25); it
    /// defaults to <c>current</c> for years from 2025 and to <c>recorded</c> before. In the current view
    /// <c>province</c> is a current code; the totals are the same in both views, only the per-province split differs.
    /// </summary>
    [HttpGet("summary")]
    [ProducesResponseType<BudgetSummary>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<BudgetSummary>> Summary(
        int year, string? fund, string? province, string? boundaries, CancellationToken ct)
    {
        var resolved = await filters.ResolveAsync(User, year, fund, province, boundaries, ct);
        if (resolved.Error is not null)
        {
            var field = resolved.Error == BudgetFilterResolver.LegacyProvinceMessage ? "province" : "boundaries";
            ModelState.AddModelError(field, localizer[resolved.Error, resolved.ErrorArguments ?? []].Value);
            return ValidationProblem(ModelState);
        }
        if (resolved.Filter is null) return StatusCode(resolved.Status);
        var total = (await overview.RunAsync(resolved.Scope, resolved.Filter, ct)).Total;
        var map = resolved.Map ?? await ProvinceMap.LoadAsync(db, ct);
        var provinces = await overview.ByProvinceAsync(resolved.Scope, resolved.Filter, resolved.Boundaries, map, ct);
        return new BudgetSummary(year, resolved.Filter.Fund is { } f ? FundNames.ApiCode(f) : null,
            total.Estimate.Dong, total.Allocated.Dong, total.Approved.Dong, total.Disbursed.Dong, total.Settled.Dong,
            BoundaryViews.Name(resolved.Boundaries),
            [.. provinces.Select(p => new ProvinceSummary(p.Code, p.Name, p.Figures.Estimate.Dong,
                p.Figures.Allocated.Dong, p.Figures.Approved.Dong, p.Figures.Disbursed.Dong, p.Figures.Settled.Dong))]);
    }
}

/// <summary>The summary; <c>boundaries</c> says which view <c>provinces</c> is split by (not the totals).</summary>
public sealed record BudgetSummary(
    int Year, string? Fund, long Estimate, long Allocated, long Approved, long Disbursed, long Settled,
    string Boundaries, IReadOnlyList<ProvinceSummary> Provinces);

/// <summary>One province of the view (a null code: the ministry's plan and the central units).</summary>
public sealed record ProvinceSummary(
    string? Code, string Name, long Estimate, long Allocated, long Approved, long Disbursed, long Settled);
