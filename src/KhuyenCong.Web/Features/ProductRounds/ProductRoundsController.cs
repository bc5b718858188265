using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Notifications;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Rounds of the typical-product selection: the list, a round's page with the council's progress, and opening a
/// round. The organiser's steps on the page are <see cref="RoundStepsController"/>'s (same URLs).
/// </summary>
[Authorize(Policy = Policies.ProductReaders)]
public sealed class ProductRoundsController(AppDbContext db, IUserScopeProvider scopes,
    UserManager<AppUser> users, TimeProvider clock, NotificationEvents notify)
    : RoundPageControllerBase(db, scopes, users)
{
    public async Task<IActionResult> Index(int? year, RoundLevel? level, int page = 1,
        CancellationToken ct = default)
    {
        var scope = await ScopeAsync(ct);
        var query = Db.ProductRounds.AsNoTracking().Visible(User, scope);
        if (year is not null) query = query.Where(r => r.Year == year);
        if (level is not null) query = query.Where(r => r.Level == level);
        var list = await query.OrderByDescending(r => r.Year).ThenByDescending(r => r.Level).ThenBy(r => r.Id)
            .Select(r => new RoundRow(r.Id, r.Level, r.Year, r.Ordinal, r.Region,
                Db.Organisations.Where(o => o.Id == r.OrganiserId).Select(o => o.Name).First(), r.Status,
                Db.ProductEntries.Count(e => e.RoundId == r.Id), r.SubmissionOpens))
            .ToPagedListAsync(page, ct: ct);
        var regional = list.Items.Where(r => r.Level == RoundLevel.Regional).Select(r => r.Id).ToList();
        if (regional.Count > 0)
        {
            // A collection projection (one LEFT JOIN), which SQLite translates; a SelectMany would need APPLY.
            var covered = await Db.ProductRounds.AsNoTracking().Where(r => regional.Contains(r.Id))
                .Select(r => new { r.Id, Provinces = r.Provinces.Select(p => new { p.Code, p.Name }).ToList() })
                .ToDictionaryAsync(r => r.Id, r => r.Provinces, ct);
            foreach (var row in list.Items.Where(r => r.Level == RoundLevel.Regional))
                row.Provinces = [.. covered[row.Id].OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.Name)];
        }
        return View(new RoundIndexViewModel { Year = year, Level = level, List = list,
            CanCreate = (await AllowedLevelsAsync(ct)).Count > 0 });
    }

    public async Task<IActionResult> Details(int id, string? q, int page = 1, CancellationToken ct = default)
    {
        var round = await FindRoundAsync(id, ct);
        if (round is null) return NotFound();
        return View(await DetailsModelAsync(round, q, page, ct));
    }

    /// <summary>The form for a new round; <paramref name="region"/> ticks that region's provinces.</summary>
    [Authorize(Policy = Policies.Officers)]
    [HttpGet]
    public async Task<IActionResult> Create(Region? region, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var levels = await AllowedLevelsAsync(ct);
        if (levels.Count == 0) return Forbid();
        var model = new RoundFormModel
        {
            Level = region is null ? levels[^1] : RoundLevel.Regional, Region = region, Year = today.Year,
            Ordinal = 1, SubmissionOpens = today, SubmissionCloses = today.AddMonths(2), AllowedLevels = levels,
        };
        await WithProvincesAsync(model, ct);
        if (region is { } preset)
            model.ProvinceIds = [.. model.ProvinceOptions.Where(p => p.Region == preset).Select(p => p.Id)];
        return View(model);
    }

    /// <summary>
    /// Opens a round organised by the user's organisation. The level must be one the role may ask for (else 403);
    /// which organisation may hold it on the round's date, and over which provinces, is Circular 38's rule in the
    /// domain (the form again with the reason).
    /// </summary>
    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> Create(RoundFormModel model, CancellationToken ct)
    {
        model.AllowedLevels = await AllowedLevelsAsync(ct);
        if (model.Level is { } requested && !MayAsk(requested, model.AllowedLevels)) return Forbid();
        await WithProvincesAsync(model, ct);
        var provinces = await Db.AdministrativeUnits.Where(u => model.ProvinceIds.Contains(u.Id)).ToListAsync(ct);
        if (provinces.Count != model.ProvinceIds.Distinct().Count())
            ModelState.AddModelError(nameof(model.ProvinceIds),
                Localized("Tỉnh, thành phố đã chọn không có trong danh mục."));
        if (!ModelState.IsValid) return View(model);
        var organisationId = await OrganisationIdAsync(ct);
        var organisation = await Db.Organisations.AsNoTracking().Include(o => o.ScopeUnit)
            .SingleAsync(o => o.Id == organisationId, ct);
        var criteria = await Db.ScoreCriteria.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new RoundCriterion(c.Code, c.Name, c.MaxScore, c.SortOrder)).ToListAsync(ct);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var round = new ProductRound(model.Level!.Value, model.Year!.Value, model.Ordinal!.Value, model.Region,
                organisation, model.SubmissionOpens!.Value, model.SubmissionCloses!.Value,
                criteria, model.PassThreshold, model.Quota, provinces);
            if (model.NominationQuota is not null) round.SetNominationQuota(model.NominationQuota);
            Db.ProductRounds.Add(round);
            await notify.RoundOpenedAsync(round, ct);
            await Db.SaveChangesAsync(ct);
            TempData["Notice"] = "Đã mở vòng bình chọn.";
            return RedirectToAction(nameof(Details), new { id = round.Id });
        }, () => View(model), ct);
    }

    /// <summary>
    /// The level below the province may be asked for by a department officer too: whether their organisation may
    /// hold it depends on the round's date (a Sở could before 01/07/2025, not under Circular 38), which the domain
    /// answers with the reason.
    /// </summary>
    private bool MayAsk(RoundLevel level, IReadOnlyList<RoundLevel> offered) =>
        offered.Contains(level)
        || (level == RoundLevel.Local && Policies.Allows(User, Policies.LocalOrDepartmentOfficers));

    /// <summary>The current provinces a regional round may cover, each with its region's preset.</summary>
    private async Task WithProvincesAsync(RoundFormModel model, CancellationToken ct)
    {
        if (!model.AllowedLevels.Contains(RoundLevel.Regional)) return;
        var provinces = await Db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && u.Generation == UnitGeneration.Current)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        model.ProvinceOptions =
            [.. provinces.Select(p => new RoundProvinceOption(p.Id, p.Name, RegionProvinces.Of(p.Code)))];
    }

    /// <summary>
    /// The levels the form offers. A district committee is offered none: there is no district level from
    /// 01/07/2025 (Circular 38/2025/TT-BCT), and a post of the level still gets the domain's reason.
    /// </summary>
    private async Task<List<RoundLevel>> AllowedLevelsAsync(CancellationToken ct)
    {
        var levels = new List<RoundLevel>();
        foreach (var (policy, offered) in ProductAccess.RoundLevelsByPolicy)
        {
            if (!Policies.Allows(User, policy)) continue;
            if (offered.Contains(RoundLevel.Local))
            {
                var organisationId = await OrganisationIdAsync(ct);
                var kind = await Db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Kind)
                    .FirstOrDefaultAsync(ct);
                if (kind == OrganisationKind.DistrictCommittee) continue;
            }
            levels.AddRange(offered);
        }
        return levels;
    }
}
