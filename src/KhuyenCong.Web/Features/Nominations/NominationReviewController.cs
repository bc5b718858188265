using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Nominations;

/// <summary>
/// The organiser's side: a round's packages by province (or commune), who has not nominated, and the steps that
/// return a package or accept it into the round's entries in one step.
/// </summary>
[Authorize(Policy = Policies.ProductReaders)]
public sealed class NominationReviewController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock,
    Notifications.NotificationEvents notify)
    : NominationControllerBase(db, scopes, clock)
{
    private const string ViewsPath = "~/Features/Nominations/Views/";

    /// <summary>Every package of the round for its organiser; others see those of their own area.</summary>
    public async Task<IActionResult> Round(int id, CancellationToken ct)
    {
        var round = await FindRoundAsync(id, ct);
        if (round is null || !round.TakesNominations) return NotFound();
        var isOrganiser = await CanManageAsync(round, ct);
        var scope = await ScopeAsync(ct);
        var packages = Db.ProductNominations.AsNoTracking().Where(n => n.RoundId == id);
        if (!isOrganiser) packages = packages.InScope(scope);
        var rows = await packages.Select(n => new NominatorRow(n.UnitId, n.Unit!.Name, n.Id, n.Status,
            n.Items.Count, n.SubmittedOn, n.LetterNumber)).ToListAsync(ct);
        var expected = isOrganiser ? await ExpectedAsync(round, ct) : [];
        // A draft is not a nomination yet: the unit still shows among those who have not nominated.
        var sent = rows.Where(r => r.Status != NominationStatus.Draft).Select(r => r.UnitId).ToHashSet();
        return View(ViewsPath + "Round.cshtml", new RoundNominationsViewModel
        {
            Round = round, RoundTitle = RoundTitles.Of(round), IsOrganiser = isOrganiser,
            Packages = [.. rows.OrderBy(r => r.Unit, VietnameseText.NameOrder)],
            NotNominated = [.. expected.Where(u => !sent.Contains(u.Id)).Select(u => u.Name)
                .Order(VietnameseText.NameOrder)],
        });
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> Return(int id, string? reason, long version, CancellationToken ct) =>
        PackageStepAsync(id, ProductAction.ReturnNomination, version, (package, round) =>
        {
            package.Return(round, reason ?? "", VietnamTime.Today(Clock));
            return notify.NominationReturnedAsync(package, round, ct);
        }, "Đã trả lại hồ sơ đề cử.", ct);

    /// <summary>Takes every product of the package into the round's entries, in one save.</summary>
    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> Accept(int id, long version, CancellationToken ct) =>
        PackageStepAsync(id, ProductAction.AcceptNomination, version, async (package, round) =>
        {
            var used = await Db.ProductEntries.Where(e => e.RoundId == round.Id && e.PrerequisiteCertificateId != null)
                .Select(e => e.PrerequisiteCertificateId!.Value).ToListAsync(ct);
            Db.ProductEntries.AddRange(package.Accept(round, used, VietnamTime.Today(Clock)));
            // The round row changes too: two packages accepted at once cannot both miss each other's entries.
            Db.Entry(round).Property(r => r.UpdatedAtUtc).IsModified = true;
        }, "Đã tiếp nhận hồ sơ đề cử: các sản phẩm đã vào danh sách dự bình chọn.", ct);

    /// <summary>
    /// Who is expected to nominate: the provinces a regional round covers (every current province when it lists
    /// none, and for a national round), or the current communes of a provincial round's province.
    /// </summary>
    private async Task<List<AdministrativeUnit>> ExpectedAsync(ProductRound round, CancellationToken ct)
    {
        if (round.Level == RoundLevel.Regional && round.Provinces.Count > 0) return [.. round.Provinces];
        var current = Db.AdministrativeUnits.AsNoTracking().Where(u => u.Generation == UnitGeneration.Current);
        if (round.Level != RoundLevel.Provincial)
            return await current.Where(u => u.Level == UnitLevel.Province).ToListAsync(ct);
        var code = await Db.AdministrativeUnits.Where(u => u.Id == round.ScopeUnitId).Select(u => u.Code)
            .SingleOrDefaultAsync(ct);
        return await current.Where(u => u.Level == UnitLevel.Commune && u.ProvinceCode == code).ToListAsync(ct);
    }
}
