using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AdminUnits;

/// <summary>Browser of the administrative units of both generations and the 2025 conversion links.</summary>
public sealed class AdminUnitsController(AppDbContext db) : Controller
{
    public async Task<IActionResult> Index(string? q, UnitGeneration? generation, UnitLevel? level, int page = 1,
        CancellationToken ct = default)
    {
        var query = db.AdministrativeUnits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            var key = VietnameseText.SearchKey(term);
            query = query.Where(u => u.Code == term || u.SearchKey.Contains(key));
        }
        if (generation is not null) query = query.Where(u => u.Generation == generation);
        if (level is not null) query = query.Where(u => u.Level == level);

        var list = await query.OrderBy(u => u.Generation).ThenBy(u => u.Level).ThenBy(u => u.Code)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Type, u.Level, u.Generation,
                u.Parent != null ? u.Parent.Name : null, u.ValidFrom, u.ValidTo))
            .ToPagedListAsync(page, ct: ct);
        return View(new UnitIndexViewModel { Q = q, Generation = generation, Level = level, List = list });
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var unit = await db.AdministrativeUnits.AsNoTracking().Include(u => u.Parent).ThenInclude(p => p!.Parent)
            .SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null) return NotFound();

        var children = await db.AdministrativeUnits.AsNoTracking().Where(u => u.ParentId == id).OrderBy(u => u.Code)
            .Select(u => new LinkedUnit(u.Id, u.Code, u.Name, null)).ToListAsync(ct);
        var successors = await db.UnitSuccessions.AsNoTracking().Where(s => s.PredecessorId == id)
            .OrderBy(s => s.Successor.Code)
            .Select(s => new LinkedUnit(s.SuccessorId, s.Successor.Code, s.Successor.Name, s.Note)).ToListAsync(ct);
        var predecessors = await db.UnitSuccessions.AsNoTracking().Where(s => s.SuccessorId == id)
            .OrderBy(s => s.Predecessor.Code)
            .Select(s => new LinkedUnit(s.PredecessorId, s.Predecessor.Code,
                s.Predecessor.Name + (s.Predecessor.Parent != null ? ", " + s.Predecessor.Parent.Name : ""), s.Note))
            .ToListAsync(ct);
        return View(new UnitDetailsViewModel(unit, children, successors, predecessors));
    }
}
