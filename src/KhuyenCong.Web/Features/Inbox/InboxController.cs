using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Inbox;

/// <summary>
/// "Việc cần xử lý": the projects waiting for this user's action, grouped by the step they wait for, and a council
/// member's scoring (product entries per round, projects per appraisal council).
/// </summary>
[Authorize(Policy = Policies.TaskReaders)]
public sealed class InboxController(InboxQuery inbox, AppraisalCouncil.AppraisalTasksQuery appraisals,
    ProductRounds.ScoringTasksQuery entries) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        // An officer who also sits on a project appraisal council sees the projects waiting for their sheet here too.
        ViewData["Scoring"] = await appraisals.LoadAsync(User, ct);
        ViewData["EntriesToScore"] = await entries.LoadAsync(User, ct);
        return View(await inbox.LoadAsync(User, ct));
    }
}
