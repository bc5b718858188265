using KhuyenCong.Data;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// The organiser's exception to the complete-scoring rule before a recognition decision: recorded with a reason and
/// who recorded it (the round is audited), and shown on the round.
/// </summary>
[Authorize(Policy = Policies.Officers)]
public sealed class RoundDecisionsController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock)
    : ProductControllerBase(db, scopes)
{
    [HttpPost]
    public async Task<IActionResult> QuorumException(int id, string? reason, long version, CancellationToken ct)
    {
        var entries = await RoundEntriesAsync(id, ct);
        return await StepAsync(id, version,
            r => r.RecordQuorumException(reason ?? "", UserId, VietnamTime.Today(clock), entries),
            "Đã ghi ngoại lệ về số thành viên chấm; có thể ra quyết định công nhận.", ct);
    }
}
