using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Notifications;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// The organiser's steps on a round's page, at the URLs they always had (/ProductRounds/{step}/{id}): the council,
/// scoring, the recognition decision, certificates, closing. A refusal answers the round's page
/// (<see cref="RoundPageControllerBase"/>).
/// </summary>
[Authorize(Policy = Policies.Officers)]
[Route("ProductRounds/[action]/{id:int}")]
public sealed class RoundStepsController(AppDbContext db, IUserScopeProvider scopes, UserManager<AppUser> userManager,
    TimeProvider clock, NotificationEvents notify) : RoundPageControllerBase(db, scopes, userManager)
{
    [HttpPost]
    public async Task<IActionResult> AssignMember(int id, string memberId, long version, CancellationToken ct)
    {
        var member = await Users.FindByIdAsync(memberId ?? "");
        var council = Policies.RolesOf(Policies.CouncilMember);
        var isCouncil = member is not null && (await Users.GetRolesAsync(member)).Any(council.Contains);
        return await StepAsync(id, ProductAction.AssignMember, version, r =>
            {
                if (!isCouncil)
                    throw new Domain.Common.DomainException(
                        "Chỉ phân công tài khoản có vai trò thành viên hội đồng.");
                r.AssignMember(member!.Id, member.FullName);
            },
            "Đã phân công thành viên hội đồng.", ct, r => notify.ProductCouncilAssignedAsync(member!.Id, r, ct));
    }

    [HttpPost]
    public Task<IActionResult> StartScoring(int id, long version, CancellationToken ct) =>
        StepAsync(id, ProductAction.StartScoring, version, r => r.StartScoring(),
            "Vòng bình chọn đã chuyển sang chấm điểm.", ct);

    /// <summary>
    /// The recognition decision: refused (409) while sheets are missing and no quorum exception is recorded; entries
    /// tied on the quota's last place take the places left only when ticked in <paramref name="tieChoice"/>.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Decide(int id, string? decisionNumber, DateOnly? decisionDate,
        int[]? tieChoice, string? tieReason, long version, CancellationToken ct)
    {
        // Every entry of the round, not only those in the organiser's scope: the decision ranks the whole round.
        var entries = await RoundEntriesAsync(id, ct);
        var chosen = entries.Where(e => (tieChoice ?? []).Contains(e.Id)).ToList();
        return await StepAsync(id, ProductAction.Decide, version, r => r.Decide(decisionNumber ?? "",
            decisionDate ?? VietnamTime.Today(clock), entries, chosen, tieReason),
            "Đã ghi nhận quyết định công nhận.", ct);
    }

    [HttpPost]
    public async Task<IActionResult> IssueCertificates(int id, DateOnly? issueDate, long version,
        CancellationToken ct)
    {
        var entries = await Db.ProductEntries.Include(e => e.Certificate)
            .Where(e => e.RoundId == id && e.Recognised && e.Certificate == null)
            .OrderByDescending(e => e.MeanScore).ToListAsync(ct);
        var issued = await Db.Certificates.CountAsync(c => c.Entry!.RoundId == id, ct);
        return await StepAsync(id, ProductAction.IssueCertificates, version, r =>
        {
            // Also when no entry is left to certify: the step belongs to a decided round only.
            r.RequireStep(ProductAction.IssueCertificates,
                "Chỉ cấp giấy chứng nhận sau khi có quyết định công nhận và trước khi kết thúc vòng.");
            foreach (var entry in entries)
                entry.IssueCertificate(r, CertificateNumbers.Next(r, ++issued),
                    issueDate ?? r.DecisionDate ?? VietnamTime.Today(clock));
        }, "Đã cấp giấy chứng nhận cho các sản phẩm được công nhận.", ct);
    }

    [HttpPost]
    public Task<IActionResult> Close(int id, long version, CancellationToken ct) =>
        StepAsync(id, ProductAction.Close, version, r => r.Close(), "Đã kết thúc vòng bình chọn.", ct);
}
