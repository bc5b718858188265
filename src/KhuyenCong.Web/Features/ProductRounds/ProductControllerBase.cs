using KhuyenCong.Data;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Loading a round or entry the user may see (else 404, <see cref="ProductAccess"/>), asking the access table, and
/// the bare refusal page of the product controllers whose steps have no record page of their own.
/// </summary>
public abstract class ProductControllerBase(AppDbContext db, IUserScopeProvider scopes) : Controller, IRefusalPages
{
    protected AppDbContext Db => db;

    protected string UserId => ProductAccess.UserId(User);

    protected Task<Domain.AdministrativeUnits.UnitScope> ScopeAsync(CancellationToken ct) => scopes.GetAsync(User, ct);

    /// <summary>The round with its criteria, members and covered provinces, tracked; null when missing or not
    /// visible to the user.</summary>
    protected async Task<ProductRound?> FindRoundAsync(int id, CancellationToken ct)
    {
        var round = await db.ProductRounds.Include(r => r.Members).Include(r => r.Provinces)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return null;
        return ProductAccess.CanSee(round, User, await ScopeAsync(ct)) ? round : null;
    }

    /// <summary>The entry (tracked, with sheets, recusals, certificate) and its round, when the user may see
    /// both.</summary>
    protected async Task<(ProductEntry Entry, ProductRound Round)?> FindEntryAsync(int id, CancellationToken ct)
    {
        var entry = await Db.ProductEntries.Include(e => e.Sheets).Include(e => e.Recusals).Include(e => e.Certificate)
            .AsSplitQuery().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return null;
        var round = await Db.ProductRounds.Include(r => r.Members).Include(r => r.Provinces)
            .AsSplitQuery().SingleAsync(r => r.Id == entry.RoundId, ct);
        return ProductAccess.CanSee(entry, round, User, await ScopeAsync(ct)) ? (entry, round) : null;
    }

    /// <summary>Every entry of a round with its sheets and recusals, tracked: what the decision counts.</summary>
    protected Task<List<ProductEntry>> RoundEntriesAsync(int roundId, CancellationToken ct) =>
        Db.ProductEntries.Include(e => e.Sheets).Include(e => e.Recusals).Where(e => e.RoundId == roundId)
            .AsSplitQuery().ToListAsync(ct);

    /// <summary>Whether the user runs the round, for their organisation (read from the database, not the cookie)
    /// or an ended one it succeeds.</summary>
    protected async Task<bool> CanManageAsync(ProductRound round, CancellationToken ct) =>
        ProductAccess.CanManage(round, User, await OrganisationIdsAsync(ct));

    /// <summary>Whether the access table lets the user take the step on the round (the state is the domain's).
    /// <paramref name="nominatorId"/>: the package's nominating organisation, for a nominator's step.</summary>
    protected async Task<bool> MayTakeAsync(ProductAction action, ProductRound round, CancellationToken ct,
        int? nominatorId = null) =>
        ProductAccess.MayTake(action, round, User, await OrganisationIdsAsync(ct), nominatorId);

    /// <summary>The reasons the refusal path put into the model state, as one text for a refusal banner.</summary>
    protected string ModelStateReason() => string.Join(" ", ModelState.Values.SelectMany(v => v.Errors)
        .Select(e => e.ErrorMessage).Distinct());

    /// <summary>The user's organisation (0 when unknown) and the ended organisations it succeeds.</summary>
    protected async Task<IReadOnlyCollection<int>> OrganisationIdsAsync(CancellationToken ct)
    {
        if (await scopes.GetOrganisationAsync(User, ct) is not { } organisation) return [];
        var predecessors = await scopes.GetPredecessorsAsync(User, ct);
        return [organisation.Id, .. predecessors.Select(p => p.OrganisationId)];
    }

    /// <summary>The user's organisation id as in the database (0 when unknown).</summary>
    protected async Task<int> OrganisationIdAsync(CancellationToken ct) =>
        (await scopes.GetOrganisationAsync(User, ct))?.Id ?? 0;

    IActionResult IRefusalPages.Refused(int statusCode, string message) => RefusedPage(statusCode, message);

    /// <summary>The portal's own wording in the user's language.</summary>
    protected string Localized(string vietnamese) => HttpContext.RequestServices
        .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()[vietnamese];

    /// <summary>The page a state (409) or actor (403) refusal answers; a controller whose steps sit on a record's
    /// page answers with that page, the reason and what was typed.</summary>
    protected virtual IActionResult RefusedPage(int statusCode, string message) => Refused(statusCode, message);

    private ViewResult Refused(int statusCode, string message)
    {
        var result = View("~/Features/ProductRounds/Views/Conflict.cshtml", message);
        result.StatusCode = statusCode;
        return result;
    }
}
