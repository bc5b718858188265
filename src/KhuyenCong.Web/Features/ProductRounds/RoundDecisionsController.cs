using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// The organiser's settings around the decision: the exception to the complete-scoring rule (recorded with a reason
/// and who recorded it; the round is audited; shown on the round) and the nomination quota. Refusals answer the
/// round's page with the reason and what was typed, as every round step does.
/// </summary>
[Authorize(Policy = Policies.Officers)]
public sealed class RoundDecisionsController(AppDbContext db, IUserScopeProvider scopes,
    UserManager<AppUser> users, TimeProvider clock) : RoundPageControllerBase(db, scopes, users)
{
    [HttpPost]
    public async Task<IActionResult> QuorumException(int id, string? reason, long version, CancellationToken ct)
    {
        var entries = await RoundEntriesAsync(id, ct);
        return await StepAsync(id, ProductAction.RecordQuorumException, version,
            r => r.RecordQuorumException(reason ?? "", UserId, VietnamTime.Today(clock), entries),
            "Đã ghi ngoại lệ về số thành viên chấm; có thể ra quyết định công nhận.", ct);
    }

    /// <summary>The per-province (per-commune) nomination quota, while the round takes entries.</summary>
    [HttpPost]
    public Task<IActionResult> NominationQuota(int id, int? quota, long version, CancellationToken ct) =>
        StepAsync(id, ProductAction.SetNominationQuota, version, r => r.SetNominationQuota(quota),
            "Đã lưu số lượng đề cử.", ct);
}
