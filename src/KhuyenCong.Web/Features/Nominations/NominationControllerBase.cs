using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Nominations;

/// <summary>
/// Loading a nomination package the user may see (the nominating unit in their scope, or the round's organiser; else
/// 404), its page, and running a step on it with the version shown through the one refusal path: who may take it
/// is <see cref="ProductAccess"/>'s table (403), the state the domain's (409), a rule the reason (422); each answers
/// the package's page with the reason and what was typed, nothing saved.
/// </summary>
public abstract class NominationControllerBase(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock)
    : ProductControllerBase(db, scopes)
{
    protected const string PackageView = "~/Features/Nominations/Views/Details.cshtml";

    protected TimeProvider Clock => clock;

    /// <summary>The package with its items' certificates and entries, and its round; tracked.</summary>
    protected async Task<(ProductNomination Package, ProductRound Round)?> FindPackageAsync(int id,
        CancellationToken ct)
    {
        var package = await Db.ProductNominations
            .Include(n => n.Items).ThenInclude(i => i.Certificate).ThenInclude(c => c!.Entry)
                .ThenInclude(e => e!.Establishment)
            .Include(n => n.Items).ThenInclude(i => i.Certificate).ThenInclude(c => c!.Entry)
                .ThenInclude(e => e!.LocationUnit)
            .AsSplitQuery().SingleOrDefaultAsync(n => n.Id == id, ct);
        if (package is null) return null;
        // Loaded without the round's own visibility: a commune sees its package to the provincial round.
        var round = await Db.ProductRounds.Include(r => r.Members).Include(r => r.Provinces)
            .AsSplitQuery().SingleAsync(r => r.Id == package.RoundId, ct);
        var scope = await ScopeAsync(ct);
        return scope.Includes(package) || await CanManageAsync(round, ct) ? (package, round) : null;
    }

    /// <summary>The user's organisation with its unit, tracked-free; null when unknown.</summary>
    protected async Task<Organisation?> NominatorAsync(CancellationToken ct)
    {
        var id = await OrganisationIdAsync(ct);
        return await Db.Organisations.AsNoTracking().Include(o => o.ScopeUnit)
            .SingleOrDefaultAsync(o => o.Id == id, ct);
    }

    /// <summary>The province of a unit: itself for a province, else the current province with its code.</summary>
    protected async Task<AdministrativeUnit?> ProvinceOfAsync(AdministrativeUnit unit, CancellationToken ct) =>
        unit.Level == UnitLevel.Province ? unit
            : await Db.AdministrativeUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Level == UnitLevel.Province
                && u.Generation == unit.Generation && u.Code == unit.ProvinceCode, ct);

    /// <summary>The unit and the legacy units it succeeds: a Hòa Bình certificate counts for Phú Thọ.</summary>
    protected async Task<IReadOnlyCollection<int>> OwnUnitIdsAsync(int unitId, CancellationToken ct) =>
        [unitId, .. await Db.UnitSuccessions.Where(s => s.SuccessorId == unitId).Select(s => s.PredecessorId)
            .ToListAsync(ct)];

    /// <summary>A step on a package with the version the page showed (see the class).</summary>
    protected async Task<IActionResult> PackageStepAsync(int id, ProductAction action, long version,
        Func<ProductNomination, ProductRound, Task> step, string notice, CancellationToken ct)
    {
        var found = await FindPackageAsync(id, ct);
        if (found is not var (package, round)) return NotFound();
        if (!await MayTakeAsync(action, round, ct, package.NominatorId))
            return await PackagePageAsync(id, StatusCodes.Status403Forbidden,
                Localized(ProductAccess.RefusalOf(action)));
        Db.Entry(package).Property(n => n.Version).OriginalValue = version;
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            await step(package, round);
            // The package row changes with every step, so a stale page conflicts even when only items change.
            Db.Entry(package).Property(n => n.UpdatedAtUtc).IsModified = true;
            await Db.SaveChangesAsync(ct);
            TempData["Notice"] = notice;
            return RedirectToAction("Details", "Nominations", new { id });
        }, () => PackagePageAsync(id, StatusCodes.Status422UnprocessableEntity, ModelStateReason()), ct);
    }

    /// <summary>A state (409) or actor (403) refusal thrown by a step: the package's page.</summary>
    protected override IActionResult RefusedPage(int statusCode, string message) => new DeferredPageResult(() =>
        PackagePageAsync(Convert.ToInt32(RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture),
            statusCode, message));

    /// <summary>The package's page; with <paramref name="reason"/>, a refusal answering <paramref name="status"/>
    /// with what was typed (the stored package, the change tracker cleared).</summary>
    protected async Task<IActionResult> PackagePageAsync(int id, int status, string? reason)
    {
        var ct = HttpContext.RequestAborted;
        if (reason is not null) Db.ChangeTracker.Clear();
        var found = await FindPackageAsync(id, ct);
        if (found is not var (package, round)) return NotFound();
        var model = await DetailsModelAsync(package, round, ct);
        if (reason is not null) model.Refusal = new RoundRefusal(status, reason, TypedValues());
        var view = View(PackageView, model);
        view.StatusCode = status;
        return view;
    }

    private async Task<NominationDetailsViewModel> DetailsModelAsync(ProductNomination package, ProductRound round,
        CancellationToken ct)
    {
        var organisations = await OrganisationIdsAsync(ct);
        var isNominator = ProductAccess.MayTake(ProductAction.SendNomination, round, User, organisations,
            package.NominatorId);
        var unit = await Db.AdministrativeUnits.Where(u => u.Id == package.UnitId).Select(u => u.Name)
            .SingleAsync(ct);
        var candidates = isNominator && package.IsEditable ? await CandidatesAsync(package, round, ct) : [];
        return new NominationDetailsViewModel
        {
            Package = package, Round = round, RoundTitle = RoundTitles.Of(round), Unit = unit,
            Items = [.. package.Items.OrderBy(i => i.Id).Select(i => new NominationItemRow(i.Id,
                i.Certificate!.Number, i.Certificate.ValidUntil, i.Certificate.Entry!.Name,
                i.Certificate.Entry.Establishment!.Name, i.Entry?.Id ?? i.EntryId))],
            Candidates = candidates, IsNominator = isNominator,
            IsOrganiser = ProductAccess.MayTake(ProductAction.AcceptNomination, round, User, organisations),
        };
    }

    /// <summary>The unit's valid certificates of the level below the round, not yet in the package.</summary>
    private async Task<IReadOnlyList<CertificateOption>> CandidatesAsync(ProductNomination package,
        ProductRound round, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var own = (await OwnUnitIdsAsync(package.UnitId, ct)).ToList();
        var level = round.Level - 1;
        var listed = package.Items.Select(i => i.CertificateId).ToList();
        var query = Db.Certificates.AsNoTracking().Where(c => c.Level == level && c.IssueDate <= today
            && c.ValidUntil >= today && !listed.Contains(c.Id));
        query = round.Level == RoundLevel.Provincial
            ? query.Where(c => own.Contains(c.Entry!.LocationUnitId))
            : query.Where(c => own.Contains(c.Entry!.ProvinceUnitId));
        var rows = await query.OrderBy(c => c.Number).Take(500)
            .Select(c => new { c.Id, c.Number, c.Entry!.Name, c.ValidUntil }).ToListAsync(ct);
        return [.. rows.Select(c => new CertificateOption(c.Id,
            $"{c.Number} – {c.Name} ({VietnamTime.Date(c.ValidUntil)})"))];
    }

    /// <summary>What was typed into a package step's form, labelled as the form labels it.</summary>
    private List<string> TypedValues()
    {
        if (!Request.HasFormContentType) return [];
        (string Field, string Label)[] fields =
            [("reason", "Lý do trả lại"), ("letterNumber", "Số công văn"), ("letterDate", "Ngày công văn")];
        return [.. fields.Where(f => !string.IsNullOrWhiteSpace(Request.Form[f.Field]))
            .Select(f => $"{Localized(f.Label)}: {Request.Form[f.Field]}")];
    }
}
