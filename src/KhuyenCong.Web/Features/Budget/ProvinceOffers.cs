using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Reform;
using KhuyenCong.Web.Features.Boundaries;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>
/// The provinces a filter of a plan year offers (DOMAIN §10). From 2026 on, records use current units only, so the
/// filter offers today's provinces within scope, a legacy province folded under the province it became part of (as the
/// current boundary view does); for earlier years, the provinces as recorded, the 63 of before 01/07/2025 included.
/// </summary>
public static class ProvinceOffers
{
    /// <summary>The first plan year whose filters offer current provinces only.</summary>
    public const int CurrentOnlyFrom = ReferencePeriod.TransitionYear + 1;

    public static bool CurrentOnly(int? year) => year >= CurrentOnlyFrom;

    /// <summary>The options for <paramref name="year"/> out of the provinces in scope (both generations by code).
    /// </summary>
    public static IReadOnlyList<ProvinceOption> For(IReadOnlyList<ProvinceOption> inScope, int? year, ProvinceMap map)
    {
        if (!CurrentOnly(year)) return inScope;
        return [.. inScope.Select(p => map.IsCurrent(p.Code) ? p.Code : map.SuccessorOf(p.Code)).OfType<string>()
            .Distinct().Order(StringComparer.Ordinal)
            .Select(code => new ProvinceOption(code, map.Name(code, UnitGeneration.Current), false))];
    }

    /// <summary>
    /// The recorded codes a chosen province stands for in a filter of <paramref name="year"/>: from 2026 a current
    /// province and its predecessors within scope, else the code itself.
    /// </summary>
    public static IReadOnlyList<string> Codes(string province, IReadOnlyList<ProvinceOption> inScope, int? year,
        ProvinceMap? map)
    {
        if (map is null || !CurrentOnly(year) || !map.IsCurrent(province)) return [province];
        var visible = inScope.Select(p => p.Code).ToHashSet();
        return [.. map.RecordedCodes(province, BoundaryView.Current).Where(visible.Contains)];
    }
}
