using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.Budget;

namespace KhuyenCong.Web.Features.Reports;

/// <summary>
/// A report request resolved for a user: the year (latest plan year by default), the boundary view (current
/// from 2025, else recorded), the scope and its name. Shared by the report pages and the background export, which
/// resolves the same request again as the user is when it runs.
/// </summary>
public sealed class ReportRequests(AppDbContext db, BudgetFilterResolver filters)
{
    public async Task<ReportRequest> ResolveAsync(
        ClaimsPrincipal user, int? year, ReportPeriod period, string? boundaries, CancellationToken ct)
    {
        var resolved = await filters.ResolveAsync(user, year, null, null, boundaries, ct);
        if (resolved.Filter is null) return new(null, resolved.Scope, "", null, resolved);
        var scopeName = resolved.Scope.IsNationwide
            ? "Cả nước"
            : user.FindFirst(Authorization.AppClaims.OrganisationName)?.Value ?? "";
        return new(new ReportFilter(resolved.Filter.Year, period, resolved.Boundaries), resolved.Scope, scopeName,
            resolved.Map ?? await ProvinceMap.LoadAsync(db, ct), resolved);
    }
}

/// <summary>A resolved report request; <see cref="Filter"/> is null when the resolution was refused.</summary>
public sealed record ReportRequest(ReportFilter? Filter, UnitScope Scope, string ScopeName, ProvinceMap? Map,
    BudgetFilterResolver.Resolution Resolution);
