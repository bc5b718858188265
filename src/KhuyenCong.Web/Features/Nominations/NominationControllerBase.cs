using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Nominations;

/// <summary>
/// Loading a nomination package the user may see (the nominating unit in their scope, or the round's organiser; else
/// 404) and running a step on it with the version shown, through the one refusal path.
/// </summary>
public abstract class NominationControllerBase(AppDbContext db, IUserScopeProvider scopes)
    : ProductControllerBase(db, scopes)
{
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
        return scope.Contains(package.UnitId) || await CanManageAsync(round, ct) ? (package, round) : null;
    }

    /// <summary>Whether the user sends packages for the package's unit: an officer of the nominating organisation
    /// (or of its successor).</summary>
    protected async Task<bool> IsNominatorAsync(ProductNomination package, CancellationToken ct) =>
        Policies.Allows(User, Policies.Officers) && (await OrganisationIdsAsync(ct)).Contains(package.NominatorId);

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

    /// <summary>
    /// A step on a package, by the nominator (<paramref name="organiser"/> false) or the round's organiser, with the
    /// version the page showed: 403 for anyone else, 409 for a wrong state, the reason as a notice otherwise.
    /// </summary>
    protected async Task<IActionResult> PackageStepAsync(int id, long version, bool organiser,
        Func<ProductNomination, ProductRound, Task> step, string notice, CancellationToken ct)
    {
        var found = await FindPackageAsync(id, ct);
        if (found is not var (package, round)) return NotFound();
        var allowed = organiser ? await CanManageAsync(round, ct) : await IsNominatorAsync(package, ct);
        if (!allowed) return Forbid();
        Db.Entry(package).Property(n => n.Version).OriginalValue = version;
        return await this.SaveOrNoticeAsync(async () =>
        {
            await step(package, round);
            // The package row changes with every step, so a stale page conflicts even when only items change.
            Db.Entry(package).Property(n => n.UpdatedAtUtc).IsModified = true;
            await Db.SaveChangesAsync(ct);
        }, notice, RedirectToAction("Details", "Nominations", new { id }));
    }
}
