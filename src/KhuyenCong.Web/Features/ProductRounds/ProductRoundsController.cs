using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Organisations;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using KhuyenCong.Web.Features.Notifications;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>Rounds of the typical-product selection: list, details with the council's progress, and the organiser's
/// steps.</summary>
[Authorize(Policy = Policies.ProductReaders)]
public sealed class ProductRoundsController(AppDbContext db, IUserScopeProvider scopes,
    UserManager<AppUser> users, TimeProvider clock, NotificationEvents notify)
    : ProductControllerBase(db, scopes)
{
    public async Task<IActionResult> Index(int? year, RoundLevel? level, int page = 1, CancellationToken ct = default)
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
        var scope = await ScopeAsync(ct);
        var me = UserId;
        var entries = Db.ProductEntries.AsNoTracking().VisibleIn(round, User, scope);
        var key = VietnameseText.SearchKey(q);
        if (key.Length > 0) entries = entries.Where(e => e.SearchKey.Contains(key));
        var ordered = round.Status >= RoundStatus.Decided
            ? entries.OrderByDescending(e => e.MeanScore).ThenBy(e => e.Id)
            : entries.OrderBy(e => e.Id);
        var list = await ordered
            .Select(e => new EntryRow(e.Id, e.Name, e.Group!.Name, e.Establishment!.Name,
                e.ProvinceUnit!.Name, e.Eligibility,
                e.MeanScore, e.SheetCount, e.Recusals.Count, e.Recognised, e.Certificate != null
                    ? e.Certificate.Number : null,
                e.Sheets.Any(s => s.MemberUserId == me), e.Recusals.Any(r => r.MemberUserId == me)))
            .ToPagedListAsync(page, ct: ct);

        var canManage = await CanManageAsync(round, ct);
        IReadOnlyList<(string, string)> available = [];
        if (canManage && round.Status is RoundStatus.Open or RoundStatus.Scoring)
        {
            var assigned = round.Members.Select(m => m.UserId).ToHashSet();
            available = [.. (await users.GetUsersInRoleAsync(RoleNames.CouncilMember))
                .Where(u => !assigned.Contains(u.Id)).OrderBy(u => u.FullName, VietnameseText.NameOrder)
                    .ThenBy(u => u.Id, StringComparer.Ordinal)
                .Select(u => (u.Id, u.FullName))];
        }
        ScoringGap? gap = null;
        TieView? tie = null;
        if (canManage && round.Status == RoundStatus.Scoring)
        {
            var all = await RoundEntriesAsync(round.Id, ct);
            gap = ScoringGap.Of(round, all);
            if (round.TieAtQuota(all) is { } t)
                tie = new TieView(t.Places, t.Score, [.. t.Entries.Select(e => (e.Id, e.Name))]);
        }
        var quorumBy = round.QuorumExceptionByUserId is { } by
            ? await Db.Users.Where(u => u.Id == by).Select(u => u.FullName).FirstOrDefaultAsync(ct)
            : null;
        return View(new RoundDetailsViewModel
        {
            Gap = gap,
            Tie = tie,
            QuorumExceptionBy = quorumBy,
            Round = round,
            Organiser = await Db.OrganisationNameOnAsync(round.OrganiserId, round.SubmissionOpens, ct),
            Provinces = [.. round.Provinces.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.Name)],
            Entries = list,
            Members = await ProgressAsync(round, ct),
            AvailableMembers = available,
            CanManage = canManage,
            IsMember = round.IsMember(me),
            CanRegister = round.Status == RoundStatus.Open && Policies.Allows(User, Policies.Officers),
            Q = q,
        });
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
            ModelState.AddModelError(nameof(model.ProvinceIds), "Tỉnh, thành phố đã chọn không có trong danh mục.");
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
            .Where(u => u.Level == Domain.AdministrativeUnits.UnitLevel.Province
                && u.Generation == Domain.AdministrativeUnits.UnitGeneration.Current)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        model.ProvinceOptions =
            [.. provinces.Select(p => new RoundProvinceOption(p.Id, p.Name, RegionProvinces.Of(p.Code)))];
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> AssignMember(int id, string memberId, long version, CancellationToken ct)
    {
        var member = await users.FindByIdAsync(memberId ?? "");
        if (member is null || !await users.IsInRoleAsync(member, RoleNames.CouncilMember))
        {
            TempData["Error"] = "Chỉ phân công tài khoản có vai trò thành viên hội đồng.";
            return RedirectToAction(nameof(Details), new { id });
        }
        return await StepAsync(id, version, r => r.AssignMember(member.Id, member.FullName),
            "Đã phân công thành viên hội đồng.", ct, r => notify.ProductCouncilAssignedAsync(member.Id, r, ct));
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> StartScoring(int id, long version, CancellationToken ct) =>
        StepAsync(id, version, r => r.StartScoring(), "Vòng bình chọn đã chuyển sang chấm điểm.", ct);

    /// <summary>
    /// The recognition decision: refused (409) while sheets are missing and no quorum exception is recorded; entries
    /// tied on the quota's last place take the places left only when ticked in <paramref name="tieChoice"/>.
    /// </summary>
    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> Decide(int id, string? decisionNumber, DateOnly? decisionDate,
        int[]? tieChoice, string? tieReason, long version, CancellationToken ct)
    {
        // Every entry of the round, not only those in the organiser's scope: the decision ranks the whole round.
        var entries = await RoundEntriesAsync(id, ct);
        var chosen = entries.Where(e => (tieChoice ?? []).Contains(e.Id)).ToList();
        return await StepAsync(id, version, r => r.Decide(decisionNumber ?? "", decisionDate
            ?? VietnamTime.Today(clock), entries, chosen, tieReason),
            "Đã ghi nhận quyết định công nhận.", ct);
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> IssueCertificates(int id, DateOnly? issueDate, long version, CancellationToken ct)
    {
        var entries = await Db.ProductEntries.Include(e => e.Certificate)
            .Where(e => e.RoundId == id && e.Recognised && e.Certificate == null)
                .OrderByDescending(e => e.MeanScore).ToListAsync(ct);
        var issued = await Db.Certificates.CountAsync(c => c.Entry!.RoundId == id, ct);
        return await StepAsync(id, version, r =>
        {
            foreach (var entry in entries)
                entry.IssueCertificate(r, CertificateNumbers.Next(r, ++issued), issueDate ?? r.DecisionDate
                    ?? VietnamTime.Today(clock));
        }, "Đã cấp giấy chứng nhận cho các sản phẩm được công nhận.", ct);
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> Close(int id, long version, CancellationToken ct) =>
        StepAsync(id, version, r => r.Close(), "Đã kết thúc vòng bình chọn.", ct);

    /// <summary>
    /// An organiser's step refused (403: not the organiser; 409: not in this state): the round's page with the reason
    /// and the values typed into the step's form, nothing saved.
    /// </summary>
    protected override IActionResult RefusedPage(int statusCode, string message) => new DeferredPageResult(async () =>
    {
        Db.ChangeTracker.Clear();
        var id = Convert.ToInt32(RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture);
        if (await Details(id, null, 1, HttpContext.RequestAborted) is not ViewResult { Model: RoundDetailsViewModel m }
            view)
            return base.RefusedPage(statusCode, message);
        m.Refusal = new RoundRefusal(statusCode, message, TypedValues());
        // The details page, not a view named after the refused step's action.
        view.ViewName = nameof(Details);
        view.StatusCode = statusCode;
        return view;
    });

    /// <summary>What the organiser typed into a round step's form, labelled as the form labels it.</summary>
    private List<string> TypedValues()
    {
        if (!Request.HasFormContentType) return [];
        (string Field, string Label)[] fields =
        [
            ("decisionNumber", "Số quyết định"), ("decisionDate", "Ngày quyết định"),
            ("tieReason", "Lý do chọn các sản phẩm này"), ("issueDate", "Ngày cấp"),
        ];
        return [.. fields.Where(f => !string.IsNullOrWhiteSpace(Request.Form[f.Field]))
            .Select(f => $"{Localized(f.Label)}: {Request.Form[f.Field]}")];
    }

    private async Task<IReadOnlyList<MemberProgress>> ProgressAsync(ProductRound round, CancellationToken ct)
    {
        var roundEntries = Db.ProductEntries.Where(e => e.RoundId == round.Id);
        var scorable = await roundEntries.CountAsync(e => e.Eligibility != EligibilityStatus.Ineligible, ct);
        var scored = await Db.Set<ScoreSheet>().Where(s => roundEntries.Any(e => e.Id == s.EntryId))
            .GroupBy(s => s.MemberUserId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var recused = await Db.Set<Recusal>().Where(s => roundEntries.Any(e => e.Id == s.EntryId))
            .GroupBy(s => s.MemberUserId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. round.Members.OrderBy(m => m.FullName, VietnameseText.NameOrder)
            .ThenBy(m => m.UserId, StringComparer.Ordinal).Select(m =>
        {
            var s = scored.GetValueOrDefault(m.UserId);
            var r = recused.GetValueOrDefault(m.UserId);
            return new MemberProgress(m.UserId, m.FullName, s, r, Math.Max(0, scorable - s - r));
        })];
    }

    /// <summary>
    /// The levels the form offers. A district committee is offered none: there is no district level from
    /// 01/07/2025 (Circular 38/2025/TT-BCT), and a post of the level still gets the domain's reason.
    /// </summary>
    private async Task<List<RoundLevel>> AllowedLevelsAsync(CancellationToken ct)
    {
        var levels = new List<RoundLevel>();
        if (User.IsInRole(RoleNames.LocalOfficer))
        {
            var organisationId = await OrganisationIdAsync(ct);
            var kind = await Db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Kind)
                .FirstOrDefaultAsync(ct);
            if (kind != Domain.Organisations.OrganisationKind.DistrictCommittee) levels.Add(RoundLevel.Local);
        }
        if (User.IsInRole(RoleNames.DepartmentOfficer)) levels.Add(RoundLevel.Provincial);
        if (User.IsInRole(RoleNames.MinistryOfficer)) levels.AddRange([RoundLevel.Regional, RoundLevel.National]);
        return levels;
    }
}
