using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Users;

/// <summary>
/// The portal must never be left without an administrator who can sign in: before a change that takes an
/// administrator away (demotion, lock, closing their organisation), another active one must remain.
/// </summary>
public sealed class AdministratorGuard(AppDbContext db, TimeProvider clock)
{
    public const string LastAdministrator =
        "Đây là quản trị viên cuối cùng còn hoạt động. Hãy cấp quyền quản trị cho một người khác trước.";

    /// <summary>Administrators who can sign in today: not locked out, their organisation open.</summary>
    public IQueryable<AppUser> Active()
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        var administratorRole = db.Roles.Where(r => r.Name == RoleNames.Administrator).Select(r => r.Id);
        return db.Users.Where(u =>
            db.UserRoles.Any(ur => ur.UserId == u.Id && administratorRole.Contains(ur.RoleId))
            && (u.LockoutEnd == null || u.LockoutEnd <= now)
            && db.Organisations.Any(o => o.Id == u.OrganisationId && (o.ValidTo == null || o.ValidTo >= today)));
    }

    /// <summary>Whether an active administrator remains apart from the given user or organisation's users.</summary>
    public Task<bool> OthersRemainAsync(string? exceptUserId, int? exceptOrganisationId, CancellationToken ct) =>
        Active().AnyAsync(u => u.Id != exceptUserId && u.OrganisationId != exceptOrganisationId, ct);
}
