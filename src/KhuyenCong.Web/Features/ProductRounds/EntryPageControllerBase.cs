using KhuyenCong.Data;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// An entry's page and the steps taken on it, shared by the controllers whose forms sit on that page: a step the
/// user may not take (the access table: 403), not now (the round's state: 409) or not so (a rule: 422) answers the
/// entry's page with the reason and what was typed; nothing is saved.
/// </summary>
public abstract class EntryPageControllerBase(AppDbContext db, IUserScopeProvider scopes)
    : ProductControllerBase(db, scopes)
{
    protected const string EntryViews = "~/Features/ProductRounds/Views/Entries/";

    /// <summary>The step being taken and what was typed, for a refusal thrown while it runs.</summary>
    private EntryStepInput? _step;

    /// <summary>
    /// A step on one entry. The organiser's decisions carry the version the page showed, so a decision taken
    /// meanwhile is not overwritten. <paramref name="save"/> changes and saves; it returns where to go next.
    /// A rule refused on a form field (<paramref name="errorKey"/>, the score sheet's points) is shown in the
    /// step's form instead of the page's refusal banner.
    /// </summary>
    protected async Task<IActionResult> EntryStepAsync(EntryStepInput input, ProductAction action, long? version,
        Func<ProductEntry, ProductRound, Task<IActionResult>> save, CancellationToken ct, string errorKey = "")
    {
        var found = await FindEntryAsync(input.EntryId, ct);
        if (found is not var (entry, round)) return NotFound();
        _step = input;
        if (!await MayTakeAsync(action, round, ct))
            return await EntryRefusedAsync(StatusCodes.Status403Forbidden,
                Localized(ProductAccess.RefusalOf(action)));
        if (version is { } shown) Db.Entry(entry).Property(e => e.Version).OriginalValue = shown;
        return await this.SaveOrShowFormAsync(null, () => save(entry, round),
            () => EntryRefusedAsync(StatusCodes.Status422UnprocessableEntity,
                errorKey.Length == 0 ? ModelStateReason() : null), ct, errorKey,
            // Certificate numbers come from a count: another issue at the same moment took this number.
            duplicate: "Số giấy chứng nhận vừa được cấp cho sản phẩm khác cùng lúc; chưa lưu gì, hãy bấm cấp lại.");
    }

    /// <summary>A state or actor refusal thrown by a step on an entry: the entry's page (see above).</summary>
    protected override IActionResult RefusedPage(int statusCode, string message) => _step is null
        ? base.RefusedPage(statusCode, message)
        : new DeferredPageResult(() => EntryRefusedAsync(statusCode, message));

    /// <summary>Nothing was saved: the entry's page as stored, answering <paramref name="status"/>, with the reason
    /// and the values typed (in the step's form when the user may still take it).</summary>
    private async Task<IActionResult> EntryRefusedAsync(int status, string? reason)
    {
        var input = _step!;
        var ct = HttpContext.RequestAborted;
        Db.ChangeTracker.Clear();
        var (entry, round) = (await FindEntryAsync(input.EntryId, ct))!.Value;
        var model = await DetailsModelAsync(entry, round, input.Points, ct);
        if (reason is not null) model.Refusal = new EntryRefusal(input, status, reason);
        var view = View(EntryViews + "Details.cshtml", model);
        view.StatusCode = status;
        return view;
    }

    protected async Task<EntryDetailsViewModel> DetailsModelAsync(ProductEntry entry, ProductRound round,
        int[]? typed, CancellationToken ct)
    {
        var info = await Db.ProductEntries.AsNoTracking().Where(e => e.Id == entry.Id)
            .Select(e => new
            {
                Group = e.Group!.Name, Establishment = e.Establishment!.Name, Location = e.LocationUnit!.Name,
                Province = e.ProvinceUnit!.Name,
                Prerequisite = e.PrerequisiteCertificate != null ? e.PrerequisiteCertificate.Number : null,
            }).SingleAsync(ct);
        var names = round.Members.ToDictionary(m => m.UserId, m => m.FullName);
        var organisations = await OrganisationIdsAsync(ct);
        bool Offers(ProductAction action) => ProductAccess.Offers(action, round, User, organisations);
        var canManage = ProductAccess.MayTake(ProductAction.DecideEligibility, round, User, organisations);
        // Members see their own sheet; the organiser sees every sheet (after the fact, for the record).
        var sheets = entry.Sheets.Where(s => canManage || s.MemberUserId == UserId)
            .Select(s => new SheetRow(names.GetValueOrDefault(s.MemberUserId, "?"), s.Points, s.Total)).ToList();
        var attachments = await Db.Set<EntryAttachment>().AsNoTracking()
            .Where(a => a.EntryId == entry.Id).OrderBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.SizeBytes, a.IsPhoto)).ToListAsync(ct);
        var member = ProductAccess.MayTake(ProductAction.Score, round, User, organisations);
        return new EntryDetailsViewModel
        {
            // The forms shown are those of the steps the user may take now, by the rules the steps apply.
            ScoreRefusal = member ? entry.ScoreRefusal(round, UserId) : null,
            RecuseRefusal = member ? ProductEntry.RecuseRefusal(round, UserId) : null,
            EligibilityRefusal = ProductEntry.EligibilityRefusal(round),
            CertificateRefusal = entry.CertificateRefusal(round),
            WaitingForMe = member && round.Allows(ProductAction.Score)
                ? await Db.ProductEntries.Where(e => e.RoundId == round.Id)
                    .Where(ProductEntry.AwaitsSheetOf(UserId)).CountAsync(ct)
                : 0,
            Round = round, Entry = entry, Group = info.Group, EstablishmentName = info.Establishment,
            Location = info.Location == info.Province ? info.Province : $"{info.Location}, {info.Province}",
            PrerequisiteNumber = info.Prerequisite, CertificateNumber = entry.Certificate?.Number,
            Sheets = sheets, Attachments = attachments,
            // Typed points go back into an open sheet only; a refused sheet shows what is stored, never the typing.
            MyPoints = (member && entry.ScoreRefusal(round, UserId) is null ? typed : null)
                ?? entry.Sheets.FirstOrDefault(s => s.MemberUserId == UserId)?.Points,
            CanManage = canManage, IsMember = round.IsMember(UserId), IsRecused = entry.IsRecused(UserId),
            CanAttach = Offers(ProductAction.AttachFile),
            CanEdit = Offers(ProductAction.EditEntry),
            MembersCounted = round.Members.Count - entry.Recusals.Count,
        };
    }
}
