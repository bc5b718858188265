using System.Globalization;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Registration;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

/// <summary>
/// One project before the council: its summary, the member's sheet and conflict declaration, every sheet for the
/// ministry. Outside the council's year or not visible → 404, not a member → 403, project decided → 409, bad points →
/// the page again with the typed numbers; nothing is saved on any refusal.
/// </summary>
[Authorize(Policy = Policies.ProjectAppraisers)]
[Route("AppraisalCouncil/{id:int}/Projects/{projectId:int}/[action]")]
public sealed class AppraisalScoringController(AppDbContext db, CouncilProjects projects)
    : Controller, IRefusalPages
{
    private const string PageView = "~/Features/AppraisalCouncil/Views/Project.cshtml";

    private const string NotMember = "Chỉ thành viên hội đồng thẩm định chấm và khai báo xung đột lợi ích.";

    private string UserId => ProductRounds.ProductAccess.UserId(User);

    /// <summary>What a refused step typed: the points (shown back in the sheet) and the texts to list.</summary>
    private int[]? _points;
    private string?[] _typed = [];

    [HttpGet("/AppraisalCouncil/{id:int}/Projects/{projectId:int}")]
    public async Task<IActionResult> Index(int id, int projectId, CancellationToken ct)
    {
        var found = await FindAsync(id, projectId, ct);
        if (found is not var (council, project)) return NotFound();
        return View(PageView, await PageAsync(council, project, null, ct));
    }

    [Authorize(Policy = Policies.CouncilMember)]
    [HttpPost]
    public async Task<IActionResult> Score(int id, int projectId, int[] points, CancellationToken ct)
    {
        var found = await FindAsync(id, projectId, ct);
        if (found is not var (council, project)) return NotFound();
        (_points, _typed) = (points, [string.Join(", ", points)]);
        if (!council.IsMember(UserId)) return Refused(StatusCodes.Status403Forbidden, Localized(NotMember));
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            council.Score(project, UserId, points);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu phiếu chấm.");
            return RedirectToAction(nameof(Index), new { id, projectId });
        }, async () =>
        {
            // A score out of range: the page again with the numbers typed, nothing saved.
            db.ChangeTracker.Clear();
            var (c, p) = (await FindAsync(id, projectId, ct))!.Value;
            var view = View(PageView, await PageAsync(c, p, points, ct));
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }, ct, errorKey: "points",
            duplicate: "Phiếu chấm của bạn vừa được lưu ở nơi khác; chưa lưu gì, hãy mở lại trang.");
    }

    [Authorize(Policy = Policies.CouncilMember)]
    [HttpPost]
    public async Task<IActionResult> Recuse(int id, int projectId, string? reason, CancellationToken ct)
    {
        var found = await FindAsync(id, projectId, ct);
        if (found is not var (council, project)) return NotFound();
        _typed = [reason];
        if (!council.IsMember(UserId)) return Refused(StatusCodes.Status403Forbidden, Localized(NotMember));
        return await this.SaveOrNoticeAsync(() =>
        {
            council.Recuse(project, UserId, reason);
            return db.SaveChangesAsync(ct);
        }, "Đã ghi nhận xung đột lợi ích: bạn không chấm đề án này.",
            RedirectToAction(nameof(Index), new { id, projectId }),
            duplicate: "Bạn đã khai báo xung đột lợi ích với đề án này.");
    }

    /// <summary>
    /// The council (members, and this project's sheets and recusals) and the project, tracked, when the user sees the
    /// council and the project is one of its year's KCQG projects.
    /// </summary>
    private async Task<(Domain.Cycle.AppraisalCouncil, Project)?> FindAsync(int id, int projectId,
        CancellationToken ct)
    {
        var council = await db.AppraisalCouncils.Include(c => c.Members)
            .Include(c => c.Sheets.Where(s => s.ProjectId == projectId))
            .Include(c => c.Recusals.Where(r => r.ProjectId == projectId))
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (council is null) return null;
        if (!Policies.Allows(User, Policies.MinistryOfficer) && !council.IsMember(UserId)) return null;
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId && p.Fund == Fund.Kcqg
            && p.Year == council.Year, ct);
        // The council sees what was registered with the ministry (or what it already scored or recused itself from,
        // once decided): not the provinces' drafts and proposals of that year.
        var councilWork = project is not null && (project.Status == ProjectStatus.Registered
            || council.Sheets.Count > 0 || council.Recusals.Count > 0);
        return councilWork ? (council, project!) : null;
    }

    private async Task<ScoringViewModel> PageAsync(Domain.Cycle.AppraisalCouncil council, Project project,
        int[]? typed, CancellationToken ct)
    {
        var row = (await projects.RowsAsync(council, UserId, project.Id, ct)).SingleOrDefault()
                  ?? new CouncilProjectRow(project.Id, project.Code, project.Name, "", "",
                      project.RequestedSupportDong, project.AppraisedSupportDong, project.BaseScore, project.Status,
                      null, 0, council.Members.Count, false, false, project.CreatedByUserId == UserId);
        var names = council.Members.ToDictionary(m => m.UserId, m => m.FullName);
        var ministry = Policies.Allows(User, Policies.MinistryOfficer);
        // Members see their own sheet; the ministry sees every sheet.
        var sheets = council.Sheets.Where(s => ministry || s.MemberUserId == UserId)
            .OrderBy(s => names.GetValueOrDefault(s.MemberUserId, "?"), VietnameseText.NameOrder)
            .Select(s => new SheetRowView(names.GetValueOrDefault(s.MemberUserId, "?"), s.Points, s.Total)).ToList();
        var isMember = council.IsMember(UserId);
        var recused = council.IsRecused(project.Id, UserId);
        return new ScoringViewModel
        {
            Council = council, Project = row, Objectives = project.Objectives, Sheets = sheets,
            Recusals = [.. council.Recusals.Select(r => (names.GetValueOrDefault(r.MemberUserId, "?"), r.Reason))],
            MyPoints = typed ?? council.Sheets.FirstOrDefault(s => s.MemberUserId == UserId)?.Points,
            IsMember = isMember, CanManage = ministry, IsRecused = recused,
            MayScore = isMember && !recused && project.Status == ProjectStatus.Registered
                       && project.CreatedByUserId != UserId,
        };
    }

    /// <summary>
    /// A refused step: the project's page with the reason, the typed points in the sheet and the typed texts listed;
    /// nothing was saved.
    /// </summary>
    private IActionResult Refused(int status, string message) =>
        this.PageWithRefusal(status, message, async () =>
        {
            db.ChangeTracker.Clear();
            var id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
            var projectId = Convert.ToInt32(RouteData.Values["projectId"], CultureInfo.InvariantCulture);
            var (council, project) = (await FindAsync(id, projectId, HttpContext.RequestAborted))!.Value;
            return View(PageView, await PageAsync(council, project, _points, HttpContext.RequestAborted));
        }, _typed);

    IActionResult IRefusalPages.Refused(int statusCode, string message) => Refused(statusCode, message);

    private string Localized(string vietnamese) => HttpContext.RequestServices
        .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()[vietnamese];
}
