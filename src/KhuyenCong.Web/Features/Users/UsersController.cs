using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Users;

/// <summary>
/// Accounts: create, assign organisation and roles (administrators only); the security buttons (lock, unlock, reset
/// the authenticator or the password) are in <see cref="UserSecurityController"/>.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UsersController(
    AppDbContext db, UserManager<AppUser> users, TimeProvider clock, AdministratorGuard administrators,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(string? q, int? organisationId, string? role, string? status, int page = 1,
        CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var key = VietnameseText.SearchKey(q);
            var email = q.Trim().ToUpperInvariant();
            query = query.Where(u => u.SearchKey.Contains(key) || u.NormalizedEmail!.Contains(email));
        }
        if (organisationId is not null) query = query.Where(u => u.OrganisationId == organisationId);
        if (!string.IsNullOrEmpty(role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        if (status == "locked") query = query.Where(u => u.LockoutEnd != null && u.LockoutEnd > now);

        var list = await query.OrderBy(u => u.Organisation.SearchKey).ThenBy(u => u.SearchKey).ThenBy(u => u.Id)
            .Select(u => new UserRow(u.Id, u.FullName, u.Email!, u.Organisation.Name,
                db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                u.LockoutEnd != null && u.LockoutEnd > now, u.TwoFactorEnabled))
            .ToPagedListAsync(page, ct: ct);
        return View(new UserIndexViewModel
        {
            Q = q, OrganisationId = organisationId, Role = role, Status = status, List = list,
            Organisations = await OrganisationOptionsAsync(ct),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Edit", await WithOptionsAsync(new UserFormModel(), ct));

    [HttpPost]
    public async Task<IActionResult> Create(UserFormModel model, CancellationToken ct)
    {
        // A new account has no id, whatever the form says (a posted Id made the form's re-display look up a missing
        // user).
        model.Id = null;
        if (string.IsNullOrEmpty(model.Password))
            ModelState.AddModelError(nameof(model.Password), "Vui lòng nhập mật khẩu ban đầu.");
        await ValidateAsync(model, ct);
        if (!ModelState.IsValid) return View("Edit", await WithOptionsAsync(model, ct));

        var user = new AppUser
        {
            UserName = model.Email.Trim(), Email = model.Email.Trim(), EmailConfirmed = true,
            FullName = model.FullName.Trim(), OrganisationId = model.OrganisationId!.Value, LockoutEnabled = true,
        };
        // Account and roles are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, model.Password!);
        if (result.Succeeded) result = await users.AddToRolesAsync(user, model.Roles);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            AddErrors(result, nameof(model.Password));
            return View("Edit", await WithOptionsAsync(model, ct));
        }
        await transaction.CommitAsync(ct);
        TempData.Notice("Đã tạo tài khoản.");
        return RedirectToAction(nameof(Index), new { q = user.Email });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var model = new UserFormModel
        {
            Id = user.Id, Email = user.Email!, FullName = user.FullName, OrganisationId = user.OrganisationId,
            Roles = [.. await users.GetRolesAsync(user)], ConcurrencyStamp = user.ConcurrencyStamp,
        };
        return View(await WithOptionsAsync(model, ct));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(string id, UserFormModel model, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        model.Id = id;
        ModelState.Remove(nameof(model.Password));
        await ValidateAsync(model, ct);
        if (!ModelState.IsValid) return View(await WithOptionsAsync(model, ct));
        if (user.ConcurrencyStamp != model.ConcurrencyStamp)
        {
            // As on every edit form: the typed values stay, the stamp moves to the stored one so saving again is
            // deliberate.
            ModelState.AddModelError("", ConcurrencyMessage.Text);
            ModelState.Remove(nameof(model.ConcurrencyStamp));
            model.ConcurrencyStamp = user.ConcurrencyStamp;
            return View(await WithOptionsAsync(model, ct));
        }

        var current = await users.GetRolesAsync(user);
        var rolesChanged = !current.ToHashSet().SetEquals(model.Roles);
        if (rolesChanged && user.Id == users.GetUserId(User))
            ModelState.AddModelError(nameof(model.Roles),
                "Bạn không thể tự thay đổi vai trò của mình. Hãy nhờ một quản trị viên khác.");
        else if (Policies.Allows(current, Policies.Administration)
                 && !Policies.Allows(model.Roles, Policies.Administration)
                 && !await administrators.OthersRemainAsync(user.Id, null, ct))
            ModelState.AddModelError(nameof(model.Roles), AdministratorGuard.LastAdministrator);
        if (!ModelState.IsValid) return View(await WithOptionsAsync(model, ct));

        var organisationChanged = user.OrganisationId != model.OrganisationId;
        user.FullName = model.FullName.Trim();
        user.OrganisationId = model.OrganisationId!.Value;
        user.Email = user.UserName = model.Email.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.UpdateAsync(user);
        if (result.Succeeded) result = await users.RemoveFromRolesAsync(user, current.Except(model.Roles));
        if (result.Succeeded) result = await users.AddToRolesAsync(user, model.Roles.Except(current));
        // A new organisation or role changes what the user may see: end their open sessions.
        if (result.Succeeded && (organisationChanged || rolesChanged))
        {
            result = await users.UpdateSecurityStampAsync(user);
            await DatabaseTicketStore.EndAllAsync(db, user.Id, ct);
        }
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            AddErrors(result, nameof(model.Email));
            return View(await WithOptionsAsync(model, ct));
        }
        await transaction.CommitAsync(ct);
        TempData.Notice("Đã lưu tài khoản.");
        return RedirectToAction(nameof(Index), new { q = user.Email });
    }

    private async Task ValidateAsync(UserFormModel model, CancellationToken ct)
    {
        foreach (var role in model.Roles.Where(r => !RoleNames.All.Contains(r)))
            ModelState.AddModelError(nameof(model.Roles), localizer["Vai trò '{0}' không tồn tại.", role]);
        if (model.Roles.Count == 0)
            ModelState.AddModelError(nameof(model.Roles), localizer["Vui lòng chọn ít nhất một vai trò."]);
        // An account may stay in its ended organisation (read-only legacy staff); nobody is put into one.
        var current = model.Id is null ? null
            : await db.Users.Where(u => u.Id == model.Id).Select(u => (int?)u.OrganisationId).SingleOrDefaultAsync(ct);
        if (model.OrganisationId is { } orgId && orgId != current
            && !await db.Organisations.AnyAsync(o => o.Id == orgId && o.ValidTo == null, ct))
            ModelState.AddModelError(nameof(model.OrganisationId),
                localizer["Đơn vị không tồn tại hoặc đã ngừng hoạt động."]);
    }

    private void AddErrors(IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal)
                ? nameof(UserFormModel.Password) : field, error.Description);
    }

    private async Task<UserFormModel> WithOptionsAsync(UserFormModel model, CancellationToken ct)
    {
        model.Organisations = await OrganisationOptionsAsync(ct, model.Id is null ? null : model.OrganisationId);
        if (model.Id is not null)
        {
            var state = await db.Users.AsNoTracking().Where(u => u.Id == model.Id)
                .Select(u => new { u.LockoutEnd, u.TwoFactorEnabled, u.AccessFailedCount }).SingleAsync(ct);
            model.IsLocked = state.LockoutEnd is { } end && end > clock.GetUtcNow();
            model.LockedUntil = state.LockoutEnd;
            model.TwoFactorEnabled = state.TwoFactorEnabled;
        }
        return model;
    }

    /// <summary>Active organisations, and the account's own even when it has ended (its form still shows it).
    /// </summary>
    private async Task<List<SelectListItem>> OrganisationOptionsAsync(CancellationToken ct, int? keep = null) =>
        await db.Organisations.AsNoTracking().Where(o => o.ValidTo == null || o.Id == keep)
            .OrderBy(o => o.Kind).ThenBy(o => o.SearchKey).ThenBy(o => o.Id)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(ct);
}
