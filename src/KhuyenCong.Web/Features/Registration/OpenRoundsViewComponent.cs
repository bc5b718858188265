using KhuyenCong.Data;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// The open registration rounds on the inbox and home page: a province sees its deadline, the days left and where its
/// own package stands; the ministry sees how many packages have come in.
/// </summary>
public sealed class OpenRoundsViewComponent(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock)
    : ViewComponent
{
    /// <summary>One open round as the user sees it; <see cref="ProvinceId"/> is set for a province user.</summary>
    public sealed record Item(int RoundId, int Year, DateOnly Deadline, int? ProvinceId, PackageStatus? Own,
        int Submitted, int Provinces);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!Policies.Allows(UserClaimsPrincipal, Policies.RegistrationReaders)) return Content("");
        var scope = await scopes.GetAsync(UserClaimsPrincipal, ct);
        var own = scope.IsNationwide ? null : (await db.OwnProvinceAsync(UserClaimsPrincipal, ct))?.Id;
        if (!scope.IsNationwide && own is null) return Content("");
        var items = await db.RegistrationRounds.AsNoTracking()
            .Where(r => r.Status == RegistrationRoundStatus.Open)
            .Where(r => own == null || r.Figures.Any(f => f.ProvinceUnitId == own))
            .OrderBy(r => r.Deadline)
            .Select(r => new Item(r.Id, r.Year, r.Deadline, own,
                db.RegistrationPackages.Where(p => p.RoundId == r.Id && p.ProvinceUnitId == own)
                    .Select(p => (PackageStatus?)p.Status).FirstOrDefault(),
                db.RegistrationPackages.Count(p => p.RoundId == r.Id && p.Status == PackageStatus.Submitted),
                r.Figures.Count))
            .ToListAsync(ct);
        if (items.Count == 0) return Content("");
        return View("~/Features/Registration/Views/_OpenRounds.cshtml",
            ((IReadOnlyList<Item>)items, VietnamTime.Today(clock)));
    }
}
