using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Organisations;
using KhuyenCong.Web.Features.Registration;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

/// <summary>
/// The ministry's appraisal councils for the KCQG projects of a plan year (one per year): setting one up, assigning
/// Council-member accounts, the score sheet, and the projects with the council's mean and "k/n". A council member who
/// is nothing else sees only the councils they sit on.
/// </summary>
[Authorize(Policy = Policies.ProjectAppraisers)]
public sealed class AppraisalCouncilController(AppDbContext db, IUserScopeProvider scopes,
    UserManager<AppUser> users, CouncilProjects projects, AppraisalTasksQuery tasks, TimeProvider clock,
    Notifications.NotificationEvents notify)
    : Controller, IRefusalPages
{
    private string UserId => ProductRounds.ProductAccess.UserId(User);

    private bool IsMinistry => Policies.Allows(User, Policies.MinistryOfficer);

    /// <summary>The page a refused step answers with (the council's page or the sheet as typed), and the typing.
    /// </summary>
    private Func<Task<ViewResult>>? _refusedPage;
    private string?[] _typed = [];

    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var me = UserId;
        var query = db.AppraisalCouncils.AsNoTracking();
        if (!IsMinistry) query = query.Where(c => c.Members.Any(m => m.UserId == me));
        var councils = await query.OrderByDescending(c => c.Year)
            .Select(c => new { c.Id, c.Year, Members = c.Members.Count }).ToListAsync(ct);
        var waiting = (await tasks.LoadAsync(User, ct)).ToDictionary(t => t.CouncilId, t => t.Waiting);
        var rows = new List<CouncilRow>();
        foreach (var c in councils)
        {
            var tallies = await projects.TalliesAsync(c.Id, ct);
            var registered = await db.Projects.Where(p => p.Fund == Domain.Budgets.Fund.Kcqg && p.Year == c.Year
                && p.Status == ProjectStatus.Registered).Select(p => p.Id).ToListAsync(ct);
            var full = registered.Count(id => tallies.TryGetValue(id, out var t) && t.Expected > 0
                && t.Scored >= t.Expected);
            rows.Add(new CouncilRow(c.Id, c.Year, c.Members, registered.Count, full, waiting.GetValueOrDefault(c.Id)));
        }
        return View(new CouncilIndexViewModel { Councils = rows, CanCreate = IsMinistry });
    }

    [Authorize(Policy = Policies.MinistryOfficer)]
    [HttpGet]
    public IActionResult Create() =>
        View(new CouncilFormModel { Year = VietnamTime.Today(clock).Year + 1 });

    /// <summary>Sets up the council of a year with the default score sheet (/100); one council per year.</summary>
    [Authorize(Policy = Policies.MinistryOfficer)]
    [HttpPost]
    public async Task<IActionResult> Create(CouncilFormModel model, CancellationToken ct)
    {
        if (model.Year is { } year && await db.AppraisalCouncils.AnyAsync(c => c.Year == year, ct))
            ModelState.AddModelError(nameof(model.Year), "Năm kế hoạch này đã có hội đồng thẩm định đề án KCQG.");
        var organisation = await scopes.GetOrganisationAsync(User, ct);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var council = new Domain.Cycle.AppraisalCouncil(model.Year!.Value, organisation!.Id,
                AppraisalCriteria.Defaults());
            db.AppraisalCouncils.Add(council);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lập hội đồng thẩm định đề án KCQG.");
            return RedirectToAction(nameof(Details), new { id = council.Id });
        }, () => View(model), ct,
            duplicate: "Năm kế hoạch này đã có hội đồng thẩm định đề án KCQG.");
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var council = await FindAsync(id, ct);
        if (council is null) return NotFound();
        return await DetailsPageAsync(council, ct);
    }

    private async Task<ViewResult> DetailsPageAsync(Domain.Cycle.AppraisalCouncil council, CancellationToken ct)
    {
        var id = council.Id;
        var me = UserId;
        var rows = await projects.RowsAsync(council, me, null, ct);
        var sheets = await db.AppraisalSheets.AsNoTracking().Where(s => s.CouncilId == id)
            .GroupBy(s => s.MemberUserId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var recusals = await db.AppraisalRecusals.AsNoTracking().Where(r => r.CouncilId == id)
            .GroupBy(r => r.MemberUserId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var open = rows.Where(r => r.Status == ProjectStatus.Registered).ToList();
        var members = council.Members.OrderBy(m => m.FullName, VietnameseText.NameOrder)
            .ThenBy(m => m.UserId, StringComparer.Ordinal)
            .Select(m => new CouncilMemberProgress(m.UserId, m.FullName, sheets.GetValueOrDefault(m.UserId),
                recusals.GetValueOrDefault(m.UserId), 0)).ToList();
        // Still to score: the open projects a member has neither scored nor declined (their own aside).
        members = await WithRemainingAsync(council, members, open.Select(r => r.Id).ToList(), ct);
        IReadOnlyList<(string, string)> available = [];
        if (IsMinistry)
        {
            var assigned = council.Members.Select(m => m.UserId).ToHashSet();
            available = [.. (await users.GetUsersInRoleAsync(RoleNames.CouncilMember))
                .Where(u => !assigned.Contains(u.Id)).OrderBy(u => u.FullName, VietnameseText.NameOrder)
                .ThenBy(u => u.Id, StringComparer.Ordinal).Select(u => (u.Id, u.FullName))];
        }
        return View(new CouncilDetailsViewModel
        {
            Council = council,
            Organiser = await db.OrganisationNameOnAsync(council.OrganiserId,
                DateOnly.FromDateTime(council.CreatedAtUtc), ct),
            Projects = rows, Members = members, AvailableMembers = available,
            CanManage = IsMinistry, IsMember = council.IsMember(me),
            SheetLocked = sheets.Count > 0,
        });
    }

    [Authorize(Policy = Policies.MinistryOfficer)]
    [HttpPost]
    public async Task<IActionResult> AssignMember(int id, string? memberId, long version, CancellationToken ct)
    {
        var council = await FindAsync(id, ct);
        if (council is null) return NotFound();
        var member = await users.FindByIdAsync(memberId ?? "");
        if (member is null || !await users.IsInRoleAsync(member, RoleNames.CouncilMember))
        {
            TempData["Error"] = "Chỉ phân công tài khoản có vai trò thành viên hội đồng.";
            return RedirectToAction(nameof(Details), new { id });
        }
        db.Entry(council).Property(c => c.Version).OriginalValue = version;
        (_typed, _refusedPage) = ([member.FullName], () => RefusedDetailsAsync(id, ct));
        return await this.SaveOrNoticeAsync(async () =>
        {
            council.AssignMember(member.Id, member.FullName);
            await notify.AppraisalCouncilAssignedAsync(member.Id, council, ct);
            // The council row changes with every assignment, so a stale page conflicts.
            db.Entry(council).Property(c => c.UpdatedAtUtc).IsModified = true;
            await db.SaveChangesAsync(ct);
        }, "Đã phân công thành viên hội đồng.", RedirectToAction(nameof(Details), new { id }),
            duplicate: "Thành viên này đã có trong hội đồng.");
    }

    [Authorize(Policy = Policies.MinistryOfficer)]
    [HttpGet]
    public async Task<IActionResult> Sheet(int id, CancellationToken ct)
    {
        var council = await FindAsync(id, ct);
        if (council is null) return NotFound();
        var model = new SheetFormModel
        {
            CouncilId = id, Year = council.Year, Version = council.Version,
            Criteria = [.. council.Criteria.OrderBy(c => c.SortOrder)
                .Select(c => new SheetLine { Name = c.Name, MaxScore = c.MaxScore })],
        };
        return View(Pad(model));
    }

    /// <summary>Changes the sheet before the first sheet is scored (409 after); the points add up to 100.</summary>
    [Authorize(Policy = Policies.MinistryOfficer)]
    [HttpPost]
    public async Task<IActionResult> Sheet(int id, SheetFormModel model, CancellationToken ct)
    {
        var council = await db.AppraisalCouncils.Include(c => c.Sheets).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (council is null) return NotFound();
        model.CouncilId = id;
        model.Year = council.Year;
        var lines = model.Criteria.Where(l => !string.IsNullOrWhiteSpace(l.Name) || l.MaxScore is not null).ToList();
        db.Entry(council).Property(c => c.Version).OriginalValue = model.Version;
        _typed = [.. lines.Select(l => $"{l.Name} ({l.MaxScore})")];
        _refusedPage = () => Task.FromResult(View(Pad(model)));
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            var criteria = lines.Select((l, i) => new AppraisalCriterion(l.Name ?? "", l.MaxScore ?? 0, i + 1))
                .ToList();
            council.ConfigureSheet(criteria);
            db.Entry(council).Property(c => c.UpdatedAtUtc).IsModified = true;
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu phiếu chấm.");
            return RedirectToAction(nameof(Details), new { id });
        }, () => View(Pad(model)), ct);
    }

    private static SheetFormModel Pad(SheetFormModel model)
    {
        while (model.Criteria.Count < SheetFormModel.Lines) model.Criteria.Add(new SheetLine());
        return model;
    }

    private async Task<List<CouncilMemberProgress>> WithRemainingAsync(Domain.Cycle.AppraisalCouncil council,
        List<CouncilMemberProgress> members, List<int> open, CancellationToken ct)
    {
        var done = await db.AppraisalSheets.AsNoTracking().Where(s => s.CouncilId == council.Id
                && open.Contains(s.ProjectId)).Select(s => new { s.MemberUserId, s.ProjectId })
            .Concat(db.AppraisalRecusals.AsNoTracking().Where(r => r.CouncilId == council.Id
                && open.Contains(r.ProjectId)).Select(r => new { r.MemberUserId, r.ProjectId }))
            .ToListAsync(ct);
        var own = await db.Projects.AsNoTracking().Where(p => open.Contains(p.Id))
            .Select(p => new { p.Id, p.CreatedByUserId }).ToListAsync(ct);
        return [.. members.Select(m => m with
        {
            Remaining = own.Count(p => p.CreatedByUserId != m.UserId
                && !done.Any(d => d.MemberUserId == m.UserId && d.ProjectId == p.Id)),
        })];
    }

    /// <summary>The council with its members, when the user may see it: the ministry, or a member.</summary>
    private async Task<Domain.Cycle.AppraisalCouncil?> FindAsync(int id, CancellationToken ct)
    {
        var council = await db.AppraisalCouncils.Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (council is null) return null;
        return IsMinistry || council.IsMember(UserId) ? council : null;
    }

    private async Task<ViewResult> RefusedDetailsAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await DetailsPageAsync((await FindAsync(id, ct))!, ct);
    }

    /// <summary>A refused step: the council's page (or the sheet as typed) with the reason; nothing was saved.
    /// </summary>
    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        _refusedPage is { } page
            ? this.PageWithRefusal(statusCode, message, page, _typed)
            : new StatusCodeResult(statusCode);
}
