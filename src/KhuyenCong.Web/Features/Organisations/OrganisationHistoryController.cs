using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Organisations;

/// <summary>
/// An organisation's history, kept by administrators (DOMAIN §10): a renaming from a date (the old name stays for
/// the records of its time), the end with its successors in one step, and moving an ended organisation's staff to
/// a successor in one step. Closing or locking an account stays a separate action on the user.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("Organisations/[action]/{id:int}")]
public sealed class OrganisationHistoryController(
    AppDbContext db, TimeProvider clock, Users.AdministratorGuard administrators,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    public const string RenameNotYetInForce =
        "Ngày tên mới có hiệu lực không được sau hôm nay: hãy ghi việc đổi tên từ ngày tên mới có hiệu lực.";

    [HttpPost]
    public async Task<IActionResult> Rename(
        int id, string? newName, DateOnly? effectiveFrom, long version, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        if (string.IsNullOrWhiteSpace(newName))
            ModelState.AddModelError(nameof(newName), localizer["Vui lòng nhập tên mới."]);
        if (effectiveFrom is null)
            ModelState.AddModelError(nameof(effectiveFrom), localizer["Vui lòng nhập ngày tên mới có hiệu lực."]);
        // Today's name is the one in force: a renaming is recorded once it has taken effect, not ahead of it.
        else if (effectiveFrom > VietnamTime.Today(clock))
            ModelState.AddModelError(nameof(effectiveFrom), RenameNotYetInForce);
        db.Entry(organisation).Property(o => o.Version).OriginalValue = version;
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            organisation.RenameFrom(newName!, effectiveFrom!.Value);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã đổi tên đơn vị; tên cũ được giữ cho hồ sơ trước ngày đổi tên.");
            return Back(id);
        }, () => Again(id, ct), ct);
    }

    /// <summary>Ends the organisation after <paramref name="lastDay"/> with the successors chosen.</summary>
    [HttpPost]
    public async Task<IActionResult> End(int id, DateOnly? lastDay, int[]? successorIds, string? note, long version,
        CancellationToken ct)
    {
        var organisation = await db.Organisations.Include(o => o.Successors).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        // Its users keep reading but change nothing: the portal keeps at least one administrator elsewhere.
        if (!await administrators.OthersRemainAsync(null, id, ct))
        {
            ModelState.AddModelError("", localizer[Users.AdministratorGuard.LastAdministrator]);
            return await Again(id, ct);
        }
        var ids = (successorIds ?? []).Distinct().ToList();
        var successors = await db.Organisations.Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        if (successors.Count != ids.Count)
            ModelState.AddModelError(nameof(successorIds), localizer["Đơn vị kế thừa đã chọn không tồn tại."]);
        db.Entry(organisation).Property(o => o.Version).OriginalValue = version;
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            organisation.End(lastDay ?? VietnamTime.Today(clock), successors, note);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đơn vị đã ngừng hoạt động; tài khoản của đơn vị vẫn đăng nhập và chỉ xem được hồ sơ.");
            return Back(id);
        }, () => Again(id, ct), ct);
    }

    /// <summary>Moves every account of an ended organisation to an active one (audited per account).</summary>
    [HttpPost]
    public async Task<IActionResult> MoveUsers(int id, int? successorId, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        var successor = successorId is { } sid
            ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == sid, ct)
            : null;
        if (successor is null)
            ModelState.AddModelError(nameof(successorId), localizer["Vui lòng chọn đơn vị nhận cán bộ."]);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            if (organisation.ValidTo is null)
                throw new WorkflowException("Chỉ chuyển cán bộ của đơn vị đã ngừng hoạt động.");
            if (successor!.ValidTo is not null)
                throw new DomainException("{0} đã ngừng hoạt động, không nhận cán bộ được.", successor.Name);
            var accounts = await db.Users.Where(u => u.OrganisationId == id).ToListAsync(ct);
            foreach (var account in accounts) account.OrganisationId = successor.Id;
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã chuyển {0} tài khoản sang {1}.", accounts.Count, successor!.Name);
            return Back(id);
        }, () => Again(id, ct), ct);
    }

    /// <summary>
    /// A state refusal (409, e.g. moving the staff of an active organisation): the page with the reason.
    /// </summary>
    IActionResult IRefusalPages.Refused(int statusCode, string message) => RefusedForm.Again(this, statusCode, message,
        () => Again(Convert.ToInt32(RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture),
            HttpContext.RequestAborted));

    /// <summary>The organisation's page again, as typed, the reason in its summary; nothing was saved.</summary>
    private Task<IActionResult> Again(int id, CancellationToken ct) => OrganisationPage.AgainAsync(this, db, id, ct);

    private RedirectToActionResult Back(int id) =>
        RedirectToAction(nameof(OrganisationsController.Details), "Organisations", new { id });
}
