using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure.Caching;
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
    [CachedPage]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        // An officer who also sits on a project appraisal council sees the projects waiting for their sheet here too.
        ViewData["Scoring"] = await appraisals.LoadAsync(User, ct);
        ViewData["EntriesToScore"] = await entries.LoadAsync(User, ct);
        return View(await inbox.LoadAsync(User, ct));
    }

    /// <summary>
    /// All of one bucket, a page at a time: the inbox shows each bucket's first rows and links here when it holds
    /// more. A bucket the user does not have (another role's step, an unknown status) is not found.
    /// </summary>
    [CachedPage("status", "page")]
    public async Task<IActionResult> Bucket(ProjectStatus? status, int page = 1, CancellationToken ct = default)
    {
        if (status is not { } chosen || !Enum.IsDefined(chosen)) return NotFound();
        var bucket = await inbox.LoadBucketAsync(User, chosen, page, ct);
        return bucket is { } found ? View(new InboxBucketViewModel(found.Bucket, found.Page)) : NotFound();
    }
}
