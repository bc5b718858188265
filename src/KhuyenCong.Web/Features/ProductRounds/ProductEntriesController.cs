using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>Entries of a round: registration by officers in scope, eligibility, the council's score sheets and
/// recusals, certificates.</summary>
[Authorize(Policy = Policies.ProductReaders)]
public sealed class ProductEntriesController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock,
    ScoringTasksQuery tasks, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer)
    : ProductControllerBase(db, scopes)
{
    private const string ViewsPath = "~/Features/ProductRounds/Views/Entries/";

    /// <summary>The step being taken and what was typed, for a refusal thrown while it runs.</summary>
    private EntryStepInput? _step;

    [Authorize(Policy = Policies.Officers)]
    [HttpGet]
    public async Task<IActionResult> Create(int roundId, CancellationToken ct)
    {
        var round = await FindRoundAsync(roundId, ct);
        if (round is null) return NotFound();
        return View(ViewsPath + "Create.cshtml",
            await WithListsAsync(new EntryFormModel { RoundId = roundId }, round, ct));
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> Create(int roundId, EntryFormModel model, CancellationToken ct)
    {
        var round = await FindRoundAsync(roundId, ct);
        if (round is null) return NotFound();
        model.RoundId = roundId;
        var scope = await ScopeAsync(ct);
        var establishment = model.EstablishmentId is { } eid
            ? await Db.Establishments.Include(e => e.AddressUnit).SingleOrDefaultAsync(e => e.Id == eid, ct)
            : null;
        if (establishment is null || !scope.Contains(establishment.AddressUnitId))
            ModelState.AddModelError(nameof(model.EstablishmentId),
                "Chọn một cơ sở sản xuất trong địa bàn bạn phụ trách.");
        Certificate? prerequisite = null;
        if (!string.IsNullOrWhiteSpace(model.PrerequisiteNumber))
        {
            var number = model.PrerequisiteNumber.Trim().ToUpperInvariant();
            prerequisite = await Db.Certificates.Include(c => c.Entry)
                .SingleOrDefaultAsync(c => c.Number == number, ct);
            if (prerequisite is null) ModelState.AddModelError(nameof(model.PrerequisiteNumber),
                $"Không có giấy chứng nhận số {number}.");
        }
        if (model.GroupId is { } group && !await Db.ProductGroups.AnyAsync(g => g.Id == group && g.IsActive, ct))
            ModelState.AddModelError(nameof(model.GroupId), "Nhóm sản phẩm không có trong danh mục.");
        if (!ModelState.IsValid) return View(ViewsPath + "Create.cshtml", await WithListsAsync(model, round, ct));

        var location = establishment!.AddressUnit!;
        var province = await Db.AdministrativeUnits
            .SingleAsync(u => u.Generation == location.Generation && u.Level == UnitLevel.Province
                && u.Code == location.ProvinceCode, ct);
        // A product recorded in a legacy province counts for the current province it became part of (one successor).
        var successor = province.Generation == UnitGeneration.Legacy
            ? await Db.UnitSuccessions.Where(s => s.PredecessorId == province.Id).Select(s => s.Successor)
                .OrderBy(u => u.Code).FirstOrDefaultAsync(ct)
            : null;
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var entry = new ProductEntry(round, model.Name, model.GroupId!.Value, establishment, location, province,
                successor, model.Description, UserId, prerequisite, VietnamTime.Today(clock));
            Db.ProductEntries.Add(entry);
            await Db.SaveChangesAsync(ct);
            TempData["Notice"] = "Đã đăng ký sản phẩm.";
            return RedirectToAction(nameof(Details), new { id = entry.Id });
        }, async () => View(ViewsPath + "Create.cshtml", await WithListsAsync(model, round, ct)), ct);
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var found = await FindEntryAsync(id, ct);
        if (found is not var (entry, _)) return NotFound();
        return View(ViewsPath + "Edit.cshtml", await WithGroupsAsync(new EntryEditModel
        {
            Id = id, Version = entry.Version, Name = entry.Name, GroupId = entry.GroupId,
            Description = entry.Description,
        }, ct));
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> Edit(int id, EntryEditModel model, CancellationToken ct)
    {
        var found = await FindEntryAsync(id, ct);
        if (found is not var (entry, round)) return NotFound();
        model.Id = id;
        if (model.GroupId is { } group && !await Db.ProductGroups.AnyAsync(g => g.Id == group && g.IsActive, ct))
            ModelState.AddModelError(nameof(model.GroupId), "Nhóm sản phẩm không có trong danh mục.");
        if (!ModelState.IsValid) return View(ViewsPath + "Edit.cshtml", await WithGroupsAsync(model, ct));
        Db.Entry(entry).Property(e => e.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            entry.Update(round, model.Name, model.GroupId!.Value, model.Description);
            await Db.SaveChangesAsync(ct);
            TempData["Notice"] = "Đã lưu thay đổi.";
            return RedirectToAction(nameof(Details), new { id });
        }, async () => View(ViewsPath + "Edit.cshtml", await WithGroupsAsync(model, ct)), ct);
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await FindEntryAsync(id, ct);
        if (found is not var (entry, round)) return NotFound();
        return View(ViewsPath + "Details.cshtml", await DetailsModelAsync(entry, round, null, ct));
    }

    /// <summary>
    /// Opens the entry of the round waiting for the member's sheet (from the home page and the inbox); the round's
    /// page when none is left.
    /// </summary>
    [Authorize(Policy = Policies.CouncilMember)]
    [HttpGet]
    public async Task<IActionResult> NextToScore(int roundId, CancellationToken ct)
    {
        var round = await FindRoundAsync(roundId, ct);
        if (round is null) return NotFound();
        // Only a member of a round in scoring has entries waiting; anyone else reads the round's page.
        if (round.IsMember(UserId) && round.Status == RoundStatus.Scoring
            && await tasks.NextAsync(roundId, UserId, 0, ct) is { } next)
            return RedirectToAction(nameof(Details), new { id = next });
        TempData["Notice"] = "Bạn đã chấm xong mọi sản phẩm của vòng bình chọn này.";
        return RedirectToAction("Details", "ProductRounds", new { id = roundId });
    }

    /// <summary>
    /// Saves the member's sheet and opens the next entry waiting for it (issue 15: a council scores a round entry
    /// after entry); a refusal answers the entry's page with the reason and the points typed.
    /// </summary>
    [Authorize(Policy = Policies.CouncilMember)]
    [HttpPost]
    public async Task<IActionResult> Score(int id, int[] points, CancellationToken ct)
    {
        var found = await FindEntryAsync(id, ct);
        if (found is not var (entry, round)) return NotFound();
        _step = new EntryStepInput(id, EntryStep.Score, points, null);
        if (!round.IsMember(UserId))
            return await EntryRefusedAsync(StatusCodes.Status403Forbidden,
                localizer["Bạn không phải thành viên hội đồng của vòng bình chọn này."]);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            // Two members saving sheets of one entry at once both rewrite its mean: the later save meets a changed
            // version, so it reloads and applies its own sheet again (sheets are independent; nothing is lost).
            await Db.RetryOnConflictAsync(3, async attempt =>
            {
                if (attempt > 1) (entry, round) = (await FindEntryAsync(id, ct))!.Value;
                entry.Score(round, UserId, points);
                await Db.SaveChangesAsync(ct);
            });
            if (await tasks.NextAsync(round.Id, UserId, id, ct) is { } next)
            {
                TempData["Notice"] = "Đã lưu phiếu chấm. Mời chấm sản phẩm tiếp theo.";
                return RedirectToAction(nameof(Details), new { id = next });
            }
            TempData["Notice"] = "Đã lưu phiếu chấm. Bạn đã chấm xong mọi sản phẩm của vòng bình chọn này.";
            return RedirectToAction("Details", "ProductRounds", new { id = round.Id });
        }, async () =>
        {
            // Bad input (a score outside its range): the form comes back with the numbers typed, nothing saved.
            Db.ChangeTracker.Clear();
            var reloaded = await FindEntryAsync(id, ct);
            var model = await DetailsModelAsync(reloaded!.Value.Entry, reloaded.Value.Round, points, ct);
            var view = View(ViewsPath + "Details.cshtml", model);
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }, ct, errorKey: "points");
    }

    [Authorize(Policy = Policies.CouncilMember)]
    [HttpPost]
    public Task<IActionResult> Recuse(int id, string? reason, CancellationToken ct) =>
        EntryStepAsync(id, new EntryStepInput(id, EntryStep.Recuse, null, reason), version: null,
            (e, r) => e.Recuse(r, UserId, reason),
            "Đã ghi nhận xung đột lợi ích: bạn không chấm sản phẩm này.", ct);

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> Eligibility(int id, bool eligible, string? reason, long? version,
        CancellationToken ct) =>
        EntryStepAsync(id, new EntryStepInput(id, EntryStep.Eligibility, null, reason), version, (e, _) =>
        {
            if (eligible) e.MarkEligible();
            else e.MarkIneligible(reason ?? "");
        }, "Đã ghi kết quả xét điều kiện.", ct);

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> IssueCertificate(int id, DateOnly? issueDate, long? version, CancellationToken ct)
    {
        var roundId = await Db.ProductEntries.Where(e => e.Id == id).Select(e => e.RoundId).FirstOrDefaultAsync(ct);
        var issued = await Db.Certificates.CountAsync(c => c.Entry!.RoundId == roundId, ct);
        return await EntryStepAsync(id, new EntryStepInput(id, EntryStep.Certificate, null, null), version,
            (e, r) =>
            {
                e.IssueCertificate(r, CertificateNumbers.Next(r, issued + 1), issueDate ?? r.DecisionDate
                    ?? VietnamTime.Today(clock));
                // Numbers are counted per round: touching the round row makes two issues at the same moment conflict.
                Db.Entry(r).Property(x => x.UpdatedAtUtc).IsModified = true;
            },
            "Đã cấp giấy chứng nhận.", ct);
    }

    /// <summary>
    /// A step on one entry by the organiser (or, for recusals, by a member). A step the user may not take (not the
    /// organiser, not a member: 403) or not now (409) answers the entry's page with the reason and what was typed;
    /// other refusals a notice. The organiser's decisions carry the version the page showed, so a decision taken
    /// meanwhile is not overwritten.
    /// </summary>
    private async Task<IActionResult> EntryStepAsync(int id, EntryStepInput input, long? version,
        Action<ProductEntry, ProductRound> step, string notice, CancellationToken ct)
    {
        var found = await FindEntryAsync(id, ct);
        if (found is not var (entry, round)) return NotFound();
        _step = input;
        if (input.Step == EntryStep.Recuse ? !round.IsMember(UserId) : !await CanManageAsync(round, ct))
            return await EntryRefusedAsync(StatusCodes.Status403Forbidden, localizer[input.Step == EntryStep.Recuse
                ? "Bạn không phải thành viên hội đồng của vòng bình chọn này."
                : "Chỉ đơn vị tổ chức vòng bình chọn thực hiện bước này."]);
        if (version is { } shown) Db.Entry(entry).Property(e => e.Version).OriginalValue = shown;
        return await this.SaveOrNoticeAsync(() =>
        {
            step(entry, round);
            return Db.SaveChangesAsync(ct);
        }, notice, RedirectToAction(nameof(Details), new { id }),
            // Certificate numbers come from a count: another issue at the same moment took this number (unique index).
            duplicate: "Số giấy chứng nhận vừa được cấp cho sản phẩm khác cùng lúc; chưa lưu gì, hãy bấm cấp lại.");
    }

    /// <summary>A state or actor refusal thrown by a step on an entry: the entry's page (see above).</summary>
    protected override IActionResult RefusedPage(int statusCode, string message) => _step is null
        ? base.RefusedPage(statusCode, message)
        : new DeferredPageResult(() => EntryRefusedAsync(statusCode, message));

    /// <summary>Nothing was saved: the entry's page as stored, answering <paramref name="status"/>, with the reason
    /// and the values typed (in the step's form when the user may still take it).</summary>
    private async Task<IActionResult> EntryRefusedAsync(int status, string reason)
    {
        var input = _step!;
        var ct = HttpContext.RequestAborted;
        Db.ChangeTracker.Clear();
        var (entry, round) = (await FindEntryAsync(input.EntryId, ct))!.Value;
        var model = await DetailsModelAsync(entry, round, input.Points, ct);
        model.Refusal = new EntryRefusal(input, status, reason);
        var view = View(ViewsPath + "Details.cshtml", model);
        view.StatusCode = status;
        return view;
    }

    private async Task<EntryDetailsViewModel> DetailsModelAsync(ProductEntry entry, ProductRound round,
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
        var canManage = await CanManageAsync(round, ct);
        // Members see their own sheet; the organiser sees every sheet (after the fact, for the record).
        var sheets = entry.Sheets.Where(s => canManage || s.MemberUserId == UserId)
            .Select(s => new SheetRow(names.GetValueOrDefault(s.MemberUserId, "?"), s.Points, s.Total)).ToList();
        var attachments = await Db.Set<EntryAttachment>().AsNoTracking()
            .Where(a => a.EntryId == entry.Id).OrderBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.SizeBytes, a.IsPhoto)).ToListAsync(ct);
        var isOfficer = Policies.Allows(User, Policies.Officers);
        var member = round.IsMember(UserId);
        return new EntryDetailsViewModel
        {
            // The forms shown are those of the steps the user may take now, by the rules the steps apply.
            ScoreRefusal = member ? entry.ScoreRefusal(round, UserId) : null,
            RecuseRefusal = member ? ProductEntry.RecuseRefusal(round, UserId) : null,
            EligibilityRefusal = ProductEntry.EligibilityRefusal(round),
            CertificateRefusal = entry.CertificateRefusal(round),
            WaitingForMe = member && round.Status == RoundStatus.Scoring
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
            CanAttach = isOfficer && round.Status is RoundStatus.Open or RoundStatus.Scoring,
            CanEdit = isOfficer && round.Status == RoundStatus.Open,
            MembersCounted = round.Members.Count - entry.Recusals.Count,
        };
    }

    private async Task<EntryEditModel> WithGroupsAsync(EntryEditModel model, CancellationToken ct)
    {
        var groups = await Db.ProductGroups.AsNoTracking().Where(g => g.IsActive).OrderBy(g => g.SortOrder)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        model.Groups = [.. groups.Select(g => (g.Id, g.Name))];
        return model;
    }

    private async Task<EntryFormModel> WithListsAsync(EntryFormModel model, ProductRound round, CancellationToken ct)
    {
        var scope = await ScopeAsync(ct);
        model.RoundTitle = RoundTitles.Of(round);
        model.NeedsPrerequisite = round.Level is RoundLevel.Regional or RoundLevel.National;
        model.CoveredProvinces = [.. round.Provinces.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.Name)];
        var groups = await Db.ProductGroups.AsNoTracking().Where(g => g.IsActive).OrderBy(g => g.SortOrder)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        model.Groups = [.. groups.Select(g => (g.Id, g.Name))];
        var candidates = Db.Establishments.AsNoTracking().InScope(scope);
        if (round.Level == RoundLevel.Regional && round.Provinces.Count > 0)
        {
            // Only producers of the provinces the round covers, a legacy province counting for its successor.
            var ids = round.Provinces.Select(p => p.Id).ToList();
            var current = round.Provinces.Where(p => p.Generation == UnitGeneration.Current).Select(p => p.Code)
                .ToList();
            var legacy = await Db.UnitSuccessions.Where(s => ids.Contains(s.SuccessorId)
                    && s.Predecessor.Level == UnitLevel.Province).Select(s => s.Predecessor.Code).ToListAsync(ct);
            legacy.AddRange(round.Provinces.Where(p => p.Generation == UnitGeneration.Legacy).Select(p => p.Code));
            candidates = candidates.Where(e =>
                (e.AddressUnit!.Generation == UnitGeneration.Current && current.Contains(e.AddressUnit.ProvinceCode))
                || (e.AddressUnit.Generation == UnitGeneration.Legacy && legacy.Contains(e.AddressUnit.ProvinceCode)));
        }
        var establishments = await candidates.OrderBy(e => e.SearchKey)
            .ThenBy(e => e.Id).Take(500)
            .Select(e => new { e.Id, e.Name, Unit = e.AddressUnit!.Name }).ToListAsync(ct);
        model.Establishments = [.. establishments.Select(e => (e.Id, $"{e.Name} – {e.Unit}"))];
        return model;
    }
}
