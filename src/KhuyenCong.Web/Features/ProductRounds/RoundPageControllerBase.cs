using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Organisations;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// The round's page and the organiser's steps on it, shared by the controllers whose forms sit on that page: a step
/// is checked against the access table (403), the round's state and rules (domain: 409, or the reason) and the
/// version shown, and any refusal answers the round's page with its status, the reason and what was typed.
/// </summary>
public abstract class RoundPageControllerBase(AppDbContext db, IUserScopeProvider scopes, UserManager<AppUser> users)
    : ProductControllerBase(db, scopes)
{
    protected const string DetailsView = "~/Features/ProductRounds/Views/Details.cshtml";

    protected UserManager<AppUser> Users => users;

    /// <summary>
    /// An organiser's step on the round, checked against the version shown; nothing is saved on a refusal.
    /// <paramref name="then"/> adds what goes into the same save (the notifications of the step).
    /// </summary>
    protected async Task<IActionResult> StepAsync(int id, ProductAction action, long version,
        Action<ProductRound> step, string notice, CancellationToken ct, Func<ProductRound, Task>? then = null)
    {
        var round = await FindRoundAsync(id, ct);
        if (round is null) return NotFound();
        if (!await MayTakeAsync(action, round, ct))
            return RefusedPage(StatusCodes.Status403Forbidden, Localized(ProductAccess.RefusalOf(action)));
        Db.Entry(round).Property(r => r.Version).OriginalValue = version;
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            step(round);
            if (then is not null) await then(round);
            // The round row changes with every step, so a stale page conflicts even when only entries change.
            Db.Entry(round).Property(r => r.UpdatedAtUtc).IsModified = true;
            await Db.SaveChangesAsync(ct);
            TempData["Notice"] = notice;
            return RedirectToAction("Details", "ProductRounds", new { id });
        }, () => RoundPageAsync(id, StatusCodes.Status422UnprocessableEntity, ModelStateReason()), ct,
            duplicate: "Số giấy chứng nhận vừa được cấp cùng lúc ở nơi khác; chưa lưu gì, hãy thực hiện lại.");
    }

    /// <summary>A state (409) or actor (403) refusal: the round's page, with the reason and what was typed.</summary>
    protected override IActionResult RefusedPage(int statusCode, string message) => new DeferredPageResult(() =>
        RoundPageAsync(Convert.ToInt32(RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture),
            statusCode, message));

    /// <summary>The round's page as stored (the change tracker is cleared), answering <paramref name="status"/>
    /// with the reason and the values typed into the step's form.</summary>
    protected async Task<IActionResult> RoundPageAsync(int id, int status, string reason)
    {
        var ct = HttpContext.RequestAborted;
        Db.ChangeTracker.Clear();
        var round = await FindRoundAsync(id, ct);
        if (round is null) return NotFound();
        var model = await DetailsModelAsync(round, null, 1, ct);
        model.Refusal = new RoundRefusal(status, reason, TypedValues());
        var view = View(DetailsView, model);
        view.StatusCode = status;
        return view;
    }

    /// <summary>
    /// The round's page: its council's progress, its entries in the user's view, the organiser's steps.
    /// </summary>
    protected async Task<RoundDetailsViewModel> DetailsModelAsync(ProductRound round, string? q, int page,
        CancellationToken ct)
    {
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
                e.ProvinceUnit!.Name, e.Eligibility, e.MeanScore, e.SheetCount, e.Recusals.Count, e.Recognised,
                e.Certificate != null ? e.Certificate.Number : null,
                e.Sheets.Any(s => s.MemberUserId == me), e.Recusals.Any(r => r.MemberUserId == me)))
            .ToPagedListAsync(page, ct: ct);
        var organisations = await OrganisationIdsAsync(ct);
        bool Offers(ProductAction action) => ProductAccess.Offers(action, round, User, organisations);
        var canManage = ProductAccess.CanManage(round, User, organisations);
        ScoringGap? gap = null;
        TieView? tie = null;
        if (Offers(ProductAction.Decide))
        {
            var all = await RoundEntriesAsync(round.Id, ct);
            gap = ScoringGap.Of(round, all);
            if (round.TieAtQuota(all) is { } t)
                tie = new TieView(t.Places, t.Score, [.. t.Entries.Select(e => (e.Id, e.Name))]);
        }
        var quorumBy = round.QuorumExceptionByUserId is { } by
            ? await Db.Users.Where(u => u.Id == by).Select(u => u.FullName).FirstOrDefaultAsync(ct)
            : null;
        return new RoundDetailsViewModel
        {
            Gap = gap,
            Tie = tie,
            QuorumExceptionBy = quorumBy,
            Round = round,
            Organiser = await Db.OrganisationNameOnAsync(round.OrganiserId, round.SubmissionOpens, ct),
            Provinces = [.. round.Provinces.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.Name)],
            Entries = list,
            Members = await ProgressAsync(round, ct),
            AvailableMembers = Offers(ProductAction.AssignMember) ? await AvailableMembersAsync(round) : [],
            CanManage = canManage,
            IsMember = round.IsMember(me),
            CanRegister = Offers(ProductAction.RegisterEntry),
            CanSetQuota = round.TakesNominations && Offers(ProductAction.SetNominationQuota),
            CanIssueCertificates = Offers(ProductAction.IssueCertificates),
            CanClose = Offers(ProductAction.Close),
            Q = q,
        };
    }

    /// <summary>The council members not yet on the round, for the organiser's assignment form.</summary>
    private async Task<IReadOnlyList<(string, string)>> AvailableMembersAsync(ProductRound round)
    {
        var assigned = round.Members.Select(m => m.UserId).ToHashSet();
        var council = await users.GetUsersInRoleAsync(Policies.RolesOf(Policies.CouncilMember).Single());
        return [.. council.Where(u => !assigned.Contains(u.Id)).OrderBy(u => u.FullName, VietnameseText.NameOrder)
            .ThenBy(u => u.Id, StringComparer.Ordinal).Select(u => (u.Id, u.FullName))];
    }

    private async Task<IReadOnlyList<MemberProgress>> ProgressAsync(ProductRound round, CancellationToken ct)
    {
        var roundEntries = Db.ProductEntries.Where(e => e.RoundId == round.Id);
        var scorable = await roundEntries.CountAsync(e => e.Eligibility != EligibilityStatus.Ineligible, ct);
        // From the round's entries into their sheets (issue 16: as "sheets whose entry is in the round" SQLite read
        // every sheet of every round, 80k at national scale: 29 ms → 0.1 ms).
        var scored = await roundEntries.SelectMany(e => e.Sheets)
            .GroupBy(s => s.MemberUserId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var recused = await roundEntries.SelectMany(e => e.Recusals)
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

    /// <summary>What the organiser typed into a round step's form, labelled as the form labels it.</summary>
    private List<string> TypedValues()
    {
        if (!Request.HasFormContentType) return [];
        (string Field, string Label)[] fields =
        [
            ("decisionNumber", "Số quyết định"), ("decisionDate", "Ngày quyết định"),
            ("tieReason", "Lý do chọn các sản phẩm này"), ("issueDate", "Ngày cấp"),
            ("reason", "Lý do ra quyết định khi hội đồng chưa chấm đủ"), ("quota", "Số lượng đề cử tối đa"),
        ];
        return [.. fields.Where(f => !string.IsNullOrWhiteSpace(Request.Form[f.Field]))
            .Select(f => $"{Localized(f.Label)}: {Request.Form[f.Field]}")];
    }
}
