using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.Budget;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The one reading of a project filter's province, shared by the list, Mẫu 2 (at once or as a background job) and
/// the API, so that they select the same projects: from 2026 a current province also stands for the legacy provinces
/// merged into it (<see cref="ProvinceOffers.Codes"/>), within the user's scope.
/// </summary>
public sealed class ProjectFilterResolver(AppDbContext db, BudgetOverviewQuery budget)
{
    /// <summary>The filter with its province codes; nothing read when no province is chosen (exports, API).</summary>
    public async Task<ProjectFilter> ResolveAsync(UnitScope scope, ProjectFilter typed, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(typed.Province) ? typed : (await ResolveWithOffersAsync(scope, typed, ct)).Filter;

    /// <summary>The same, with the provinces the list page offers beside it.</summary>
    public async Task<ResolvedProjectFilter> ResolveWithOffersAsync(UnitScope scope, ProjectFilter typed,
        CancellationToken ct)
    {
        var inScope = await budget.ProvincesAsync(scope, ct);
        var map = ProvinceOffers.CurrentOnly(typed.Year) ? await ProvinceMap.LoadAsync(db, ct) : null;
        var filter = string.IsNullOrWhiteSpace(typed.Province) ? typed
            : typed with { ProvinceCodes = ProvinceOffers.Codes(typed.Province.Trim(), inScope, typed.Year, map) };
        return new ResolvedProjectFilter(filter, inScope, map);
    }
}

/// <summary>The filter with its province codes, and what the list page shows beside it.</summary>
public sealed record ResolvedProjectFilter(ProjectFilter Filter, IReadOnlyList<ProvinceOption> InScope,
    ProvinceMap? Map);
