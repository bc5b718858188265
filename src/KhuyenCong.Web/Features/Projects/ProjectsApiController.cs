using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>Read-only projects for other systems, scoped to the caller, amounts in whole đồng.</summary>
[ApiController]
[Route("api/v1/projects")]
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ProjectsApiController(AppDbContext db, IUserScopeProvider scopes, ProjectFilterResolver filters)
    : ControllerBase
{
    public const int PageSize = 50;

    [HttpGet]
    public async Task<ActionResult<ProjectPage>> List(int? year, string? province, string? fund, ProjectStatus? status,
        int page = 1, CancellationToken ct = default)
    {
        Fund? fundFilter = null;
        if (!string.IsNullOrWhiteSpace(fund))
        {
            if (!FundNames.TryParse(fund, out var parsed)) return BadRequest();
            fundFilter = parsed;
        }
        var scope = await scopes.GetAsync(User, ct);
        var filter = await filters.ResolveAsync(scope,
            new ProjectFilter(year, fundFilter, province, status, null, null, null), ct);
        var query = ProjectListQuery.Filtered(db, scope, filter).AsNoTracking();
        var total = await query.CountAsync(ct);
        page = Math.Max(1, page);
        var items = await query.OrderBy(p => p.Code).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new ProjectItem(p.Code, p.Name, p.Year, p.Fund == Fund.Kcqg ? "KCQG" : "KCDP",
                p.Kind.ToString(), p.Status.ToString(), p.ProvinceCode, p.LocationUnit!.Code,
                p.ImplementingOrganisation!.Name, p.RequestedSupportDong, p.ApprovedSupportDong,
                p.DisbursedDong, p.SettledDong))
            .ToListAsync(ct);
        return new ProjectPage(items, page, PageSize, total);
    }

    [HttpGet("{code}")]
    public async Task<ActionResult<ProjectDocument>> Get(string code, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var project = await db.Projects.AsNoTracking().InScope(scope).Include(p => p.CostLines)
            .Include(p => p.History).Include(p => p.LocationUnit)
            .Include(p => p.ImplementingOrganisation).AsSplitQuery().SingleOrDefaultAsync(p => p.Code == code, ct);
        if (project is null) return NotFound();
        var p = project;
        return new ProjectDocument(p.Code, p.Name, p.Year, FundNames.ApiCode(p.Fund), p.Kind.ToString(),
            p.Status.ToString(), p.ProvinceCode, p.LocationUnit!.Code, p.ImplementingOrganisation!.Name,
            p.RequestedSupportDong, p.ApprovedSupportDong, p.DisbursedDong, p.SettledDong,
            p.CostLines.OrderBy(l => l.Order).Select(l => new CostLineItem(l.Order, l.Item, l.TotalDong,
                l.FundSupportDong, l.ContributionDong, l.OtherSourcesDong, l.Note)).ToList(),
            p.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).Select(h => new HistoryItem(h.Action.ToString(),
                h.FromStatus.ToString(), h.ToStatus.ToString(), h.UserName,
                DateTime.SpecifyKind(h.AtUtc, DateTimeKind.Utc), h.Comment, h.DecisionNumber, h.DecisionDate,
                h.AmountDong)).ToList());
    }
}
