using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Domain.Budgets;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>Read-only budget figures for other systems, in whole đồng, summed over what the caller may see.</summary>
[ApiController]
[Route("api/v1/budget")]
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class BudgetApiController(BudgetFilterResolver filters, BudgetOverviewQuery overview) : ControllerBase
{
    /// <summary>Estimate, allocated, approved, disbursed and settled for a year, optionally one fund (KCQG|KCDP) and one province code.</summary>
    [HttpGet("summary")]
    public async Task<ActionResult<BudgetSummary>> Summary(int year, string? fund, string? province, CancellationToken ct)
    {
        var resolved = await filters.ResolveAsync(User, year, fund, province, ct);
        if (resolved.Filter is null) return StatusCode(resolved.Status);
        var total = (await overview.RunAsync(resolved.Scope, resolved.Filter, ct)).Total;
        return new BudgetSummary(year, resolved.Filter.Fund is { } f ? FundNames.ApiCode(f) : null,
            total.Estimate.Dong, total.Allocated.Dong, total.Approved.Dong, total.Disbursed.Dong, total.Settled.Dong);
    }
}

public sealed record BudgetSummary(int Year, string? Fund, long Estimate, long Allocated, long Approved, long Disbursed, long Settled);
