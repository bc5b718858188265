using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Boundaries;

/// <summary>
/// Province codes and names of both generations and the province-level succession links, as a small
/// code → code mapping. Figures are grouped by the recorded province code in SQL and folded here, so the
/// aggregation stays in the database and the fold is a dictionary lookup per group. Records on a legacy district
/// or commune carry their legacy province's code, so they fold with it (DOMAIN §10): the official conversion puts
/// every legacy district wholly inside its province's successor.
/// </summary>
public sealed class ProvinceMap
{
    private readonly Dictionary<string, string> _successor;
    private readonly Dictionary<string, string> _legacyNames;
    private readonly Dictionary<string, string> _currentNames;

    private ProvinceMap(
        Dictionary<string, string> successor,
        Dictionary<string, string> legacyNames,
        Dictionary<string, string> currentNames)
    {
        _successor = successor;
        _legacyNames = legacyNames;
        _currentNames = currentNames;
    }

    public static async Task<ProvinceMap> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var provinces = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Level == UnitLevel.Province)
            .Select(u => new { u.Code, u.Name, u.Generation }).ToListAsync(ct);
        var links = await db.UnitSuccessions.AsNoTracking()
            .Where(s => s.Predecessor.Level == UnitLevel.Province && s.Successor.Level == UnitLevel.Province)
            .Select(s => new { From = s.Predecessor.Code, To = s.Successor.Code }).ToListAsync(ct);
        return new ProvinceMap(
            links.GroupBy(l => l.From).ToDictionary(g => g.Key, g => g.Select(l => l.To).Min(StringComparer.Ordinal)!),
            provinces.Where(p => p.Generation == UnitGeneration.Legacy).ToDictionary(p => p.Code, p => p.Name),
            provinces.Where(p => p.Generation == UnitGeneration.Current).ToDictionary(p => p.Code, p => p.Name));
    }

    /// <summary>The code a recorded province is shown under; codes without a link (already current) stay.</summary>
    public string Fold(string code, BoundaryView view) =>
        view == BoundaryView.Current && _successor.TryGetValue(code, out var successor) ? successor : code;

    /// <summary>The recorded codes a shown province stands for: itself and, in the current view, its predecessors.
    /// </summary>
    public IReadOnlyList<string> RecordedCodes(string shownCode, BoundaryView view) => view == BoundaryView.Recorded
        ? [shownCode]
        : [.. _successor.Where(l => l.Value == shownCode).Select(l => l.Key).Append(shownCode).Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>Whether a code names a province of the current generation (the 34 since 01/07/2025).</summary>
    public bool IsCurrent(string code) => _currentNames.ContainsKey(code);

    /// <summary>Whether a code names a province of <paramref name="generation"/>.</summary>
    public bool Exists(string code, UnitGeneration generation) =>
        (generation == UnitGeneration.Current ? _currentNames : _legacyNames).ContainsKey(code);

    /// <summary>The current province a legacy code became part of, or null for a code without a link.</summary>
    public string? SuccessorOf(string code) => _successor.GetValueOrDefault(code);

    /// <summary>The name for a shown code: the current name in the current view, else the legacy name first.</summary>
    public string Name(string code, BoundaryView view) =>
        Name(code, view == BoundaryView.Current ? UnitGeneration.Current : UnitGeneration.Legacy);

    /// <summary>The name of a code in the preferred generation, else in the other one.</summary>
    public string Name(string code, UnitGeneration preferred)
    {
        var (first, second) = preferred == UnitGeneration.Current
            ? (_currentNames, _legacyNames)
            : (_legacyNames, _currentNames);
        return first.GetValueOrDefault(code) ?? second.GetValueOrDefault(code) ?? code;
    }

    public string LegacyName(string code) => _legacyNames.GetValueOrDefault(code) ?? Name(code, BoundaryView.Recorded);
}
