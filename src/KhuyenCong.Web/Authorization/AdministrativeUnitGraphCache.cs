using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// The unit graph, loaded once per process from the database (units are reference data that change with a
/// reform, not daily). Every instance behind a load balancer builds the same graph from the same rows.
/// </summary>
public sealed class AdministrativeUnitGraphCache(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private AdministrativeUnitGraph? _graph;

    public async Task<AdministrativeUnitGraph> GetAsync(CancellationToken ct = default)
    {
        if (_graph is { } graph) return graph;
        await _lock.WaitAsync(ct);
        try
        {
            if (_graph is not null) return _graph;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var nodes = await db.AdministrativeUnits.AsNoTracking()
                .Select(u => new AdministrativeUnitGraph.Node(u.Id, u.Level, u.Generation, u.ParentId, u.ProvinceCode))
                .ToListAsync(ct);
            var links = await db.UnitSuccessions.AsNoTracking()
                .Select(s => new { s.PredecessorId, s.SuccessorId })
                .ToListAsync(ct);
            return _graph = new AdministrativeUnitGraph(nodes, links.Select(l => (l.PredecessorId, l.SuccessorId)));
        }
        finally
        {
            _lock.Release();
        }
    }
}
