using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using System.Security.Cryptography;
using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Commands;

/// <summary>
/// <c>admin create</c>: the first organisation and administrator of a fresh database (demo seeding creates none in
/// production). The password is read from stdin when piped, otherwise generated and printed once; either way the
/// account must choose its own at first sign-in. Refuses when an active administrator exists, unless --force.
/// </summary>
public static class AdminCreateCommand
{
    public const string Name = "admin create";
    public static readonly string[] Options = ["email", "organisation", "full-name"];

    private const int GeneratedLength = 20;

    // No look-alike characters (0/O, 1/l/I): the password is read off a terminal and typed into a browser.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=?@";

    public static async Task RunAsync(IServiceProvider services, CommandArguments args, CommandConsole console,
        CancellationToken ct)
    {
        var email = args.Required("email").Trim();
        var organisationName = args.Required("organisation").Trim();
        var fullName = args.Optional("full-name")?.Trim() is { Length: > 0 } given ? given : "Quản trị hệ thống";
        var force = args.Flag("force");
        if (!IsEmail(email)) throw new CommandRefusedException($"Thư điện tử không hợp lệ / Invalid e-mail: {email}");
        if (organisationName.Length == 0)
            throw new CommandRefusedException("Thiếu tên đơn vị / Missing --organisation");

        // Read before touching the database, so a missing password changes nothing.
        var password = console.InputRedirected ? ReadPassword(console.In) : null;

        await DatabaseInitializer.InitialiseAsync(services, ct);

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var today = VietnamTime.Today(clock);

        var guard = scope.ServiceProvider.GetRequiredService<Features.Users.AdministratorGuard>();
        if (!force && await guard.Active().Select(u => u.Email).FirstOrDefaultAsync(ct) is { } existing)
            throw new CommandRefusedException(
                $"Đã có quản trị viên đang hoạt động ({existing}); dùng --force để tạo thêm. / " +
                "An active administrator already exists; add --force to create another.");
        if (await users.FindByEmailAsync(email) is not null)
            throw new CommandRefusedException($"Thư điện tử đã được dùng / E-mail already in use: {email}");

        var organisation = await db.Organisations
            .Where(o => o.Name == organisationName)
            .OrderBy(o => o.ValidTo != null).ThenBy(o => o.Id)
            .FirstOrDefaultAsync(ct);
        if (organisation is not null && !organisation.IsActiveOn(today))
            throw new CommandRefusedException(
                $"Đơn vị \"{organisationName}\" đã ngừng hoạt động / The organisation is closed; its accounts cannot " +
                    $"sign in.");

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = fullName,
            LockoutEnabled = true,
            MustChangePassword = true,
        };
        var generated = password is null;
        password ??= Generate();
        await EnsureAcceptedAsync(users, user, password);

        // One transaction: the organisation, the account, its role and their audit rows commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = organisation is null;
        if (organisation is null)
        {
            organisation = new Organisation(organisationName, OrganisationKind.Ministry, scopeUnit: null,
                validFrom: today);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
        }
        user.OrganisationId = organisation.Id;
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, RoleNames.Administrator));
        await transaction.CommitAsync(ct);

        await console.Out.WriteLineAsync(created
            ? $"Đã tạo đơn vị / Organisation created: {organisation.Name} (cấp Bộ / ministry)"
            : $"Dùng đơn vị có sẵn / Existing organisation: {organisation.Name}");
        await console.Out.WriteLineAsync($"Đã tạo quản trị viên / Administrator created: {email}");
        if (generated)
            await console.Out.WriteLineAsync($"Mật khẩu tạm thời (chỉ hiện một lần) / Temporary password (shown " +
                $"once): {password}");
        await console.Out.WriteLineAsync("Đổi mật khẩu khi đăng nhập lần đầu / The password must be changed at first " +
            "sign-in.");
    }

    private static bool IsEmail(string value) =>
        new EmailAddressAttribute().IsValid(value)
        && MailAddress.TryCreate(value, out var parsed)
        && parsed.Address == value
        && parsed.Host.Contains('.', StringComparison.Ordinal);

    private static string ReadPassword(TextReader input)
    {
        var line = input.ReadLine()?.TrimEnd('\r');
        if (string.IsNullOrEmpty(line))
            throw new CommandRefusedException("Không đọc được mật khẩu từ stdin / No password on stdin (one line " +
                "expected).");
        return line;
    }

    /// <summary>The portal's own password rules, checked before anything is written.</summary>
    private static async Task EnsureAcceptedAsync(UserManager<AppUser> users, AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
                throw new CommandRefusedException("Mật khẩu không đạt / Password refused: " +
                                                  string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new CommandRefusedException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private static string Generate() => RandomNumberGenerator.GetString(Alphabet, GeneratedLength);
}
