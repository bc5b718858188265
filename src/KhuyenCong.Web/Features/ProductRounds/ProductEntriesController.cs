using System.Globalization;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Entries of a round: registration and editing by officers in scope, the entry's page, and a council member's way
/// to the next entry to score. The steps on the page are <see cref="EntryStepsController"/>'s (same URLs).
/// </summary>
[Authorize(Policy = Policies.ProductReaders)]
public sealed class ProductEntriesController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock,
    ScoringTasksQuery tasks) : EntryPageControllerBase(db, scopes)
{
    private const string ViewsPath = EntryViews;

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
        if (establishment is null || !scope.Includes(establishment))
            ModelState.AddModelError(nameof(model.EstablishmentId),
                Localized("Chọn một cơ sở sản xuất trong địa bàn bạn phụ trách."));
        Certificate? prerequisite = null;
        if (!string.IsNullOrWhiteSpace(model.PrerequisiteNumber))
        {
            var number = model.PrerequisiteNumber.Trim().ToUpperInvariant();
            prerequisite = await Db.Certificates.Include(c => c.Entry)
                .SingleOrDefaultAsync(c => c.Number == number, ct);
            if (prerequisite is null) ModelState.AddModelError(nameof(model.PrerequisiteNumber),
                string.Format(CultureInfo.CurrentCulture, Localized("Không có giấy chứng nhận số {0}."), number));
        }
        if (model.GroupId is { } group && !await Db.ProductGroups.AnyAsync(g => g.Id == group && g.IsActive, ct))
            ModelState.AddModelError(nameof(model.GroupId), Localized("Nhóm sản phẩm không có trong danh mục."));
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
            ModelState.AddModelError(nameof(model.GroupId), Localized("Nhóm sản phẩm không có trong danh mục."));
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
        if (ProductAccess.Offers(ProductAction.Score, round, User, [])
            && await tasks.NextAsync(roundId, UserId, 0, ct) is { } next)
            return RedirectToAction(nameof(Details), new { id = next });
        TempData["Notice"] = "Bạn đã chấm xong mọi sản phẩm của vòng bình chọn này.";
        return RedirectToAction("Details", "ProductRounds", new { id = roundId });
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
