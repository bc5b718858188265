using KhuyenCong.Data;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// The steps on an entry's page, at the URLs they always had (/ProductEntries/{step}/{id}): a council member's
/// sheet and conflict of interest, the organiser's eligibility and certificate. A refusal answers the entry's page
/// (<see cref="EntryPageControllerBase"/>).
/// </summary>
[Authorize(Policy = Policies.ProductReaders)]
[Route("ProductEntries/[action]/{id:int}")]
public sealed class EntryStepsController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock,
    ScoringTasksQuery tasks) : EntryPageControllerBase(db, scopes)
{
    /// <summary>
    /// Saves the member's sheet and opens the next entry waiting for it (issue 15: a council scores a round entry
    /// after entry); bad points answer the entry's page with the points typed.
    /// </summary>
    [Authorize(Policy = Policies.CouncilMember)]
    [HttpPost]
    public Task<IActionResult> Score(int id, int[] points, CancellationToken ct) =>
        EntryStepAsync(new EntryStepInput(id, EntryStep.Score, points, null), ProductAction.Score, null,
            async (entry, round) =>
            {
                // Two members saving sheets of one entry at once both rewrite its mean: the later save meets a
                // changed version, so it reloads and applies its own sheet again (sheets are independent).
                await Db.RetryOnConflictAsync(3, async attempt =>
                {
                    if (attempt > 1) (entry, round) = (await FindEntryAsync(id, ct))!.Value;
                    entry.Score(round, UserId, points);
                    await Db.SaveChangesAsync(ct);
                });
                if (await tasks.NextAsync(round.Id, UserId, id, ct) is { } next)
                {
                    TempData["Notice"] = "Đã lưu phiếu chấm. Mời chấm sản phẩm tiếp theo.";
                    return RedirectToAction("Details", "ProductEntries", new { id = next });
                }
                TempData["Notice"] = "Đã lưu phiếu chấm. Bạn đã chấm xong mọi sản phẩm của vòng bình chọn này.";
                return RedirectToAction("Details", "ProductRounds", new { id = round.Id });
            }, ct, errorKey: "points");

    [Authorize(Policy = Policies.CouncilMember)]
    [HttpPost]
    public Task<IActionResult> Recuse(int id, string? reason, CancellationToken ct) =>
        SaveAsync(new EntryStepInput(id, EntryStep.Recuse, null, reason), ProductAction.Recuse, null,
            (e, r) => e.Recuse(r, UserId, reason),
            "Đã ghi nhận xung đột lợi ích: bạn không chấm sản phẩm này.", ct);

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> Eligibility(int id, bool eligible, string? reason, long? version,
        CancellationToken ct) =>
        SaveAsync(new EntryStepInput(id, EntryStep.Eligibility, null, reason), ProductAction.DecideEligibility,
            version, (e, _) =>
            {
                if (eligible) e.MarkEligible();
                else e.MarkIneligible(reason ?? "");
            }, "Đã ghi kết quả xét điều kiện.", ct);

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> IssueCertificate(int id, DateOnly? issueDate, long? version,
        CancellationToken ct)
    {
        var roundId = await Db.ProductEntries.Where(e => e.Id == id).Select(e => e.RoundId).FirstOrDefaultAsync(ct);
        var issued = await Db.Certificates.CountAsync(c => c.Entry!.RoundId == roundId, ct);
        return await SaveAsync(new EntryStepInput(id, EntryStep.Certificate, null, null),
            ProductAction.IssueCertificate, version, (e, r) =>
            {
                e.IssueCertificate(r, CertificateNumbers.Next(r, issued + 1),
                    issueDate ?? r.DecisionDate ?? VietnamTime.Today(clock));
                // Numbers are counted per round: touching the round row makes two issues at one moment conflict.
                Db.Entry(r).Property(x => x.UpdatedAtUtc).IsModified = true;
            }, "Đã cấp giấy chứng nhận.", ct);
    }

    /// <summary>A step whose success returns to the entry's page with <paramref name="notice"/>.</summary>
    private Task<IActionResult> SaveAsync(EntryStepInput input, ProductAction action, long? version,
        Action<ProductEntry, ProductRound> step, string notice, CancellationToken ct) =>
        EntryStepAsync(input, action, version, async (entry, round) =>
        {
            step(entry, round);
            await Db.SaveChangesAsync(ct);
            TempData["Notice"] = notice;
            return RedirectToAction("Details", "ProductEntries", new { id = input.EntryId });
        }, ct);
}
