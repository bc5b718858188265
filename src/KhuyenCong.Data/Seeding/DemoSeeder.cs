using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>Demo organisations and accounts (README). Idempotent: looks each one up by name or e-mail first.</summary>
internal static class DemoSeeder
{
    public static async Task SeedAsync(AppDbContext db, UserManager<AppUser> users, CancellationToken ct)
    {
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, ct);
        foreach (var definition in DemoOrganisations.All)
        {
            if (organisations.ContainsKey(definition.Name)) continue;
            var unit = definition.UnitCode is null
                ? null
                : await db.AdministrativeUnits.SingleAsync(u => u.Generation == definition.Generation && u.Code == definition.UnitCode, ct);
            var organisation = new Organisation(definition.Name, definition.Kind, unit, definition.ValidFrom);
            db.Organisations.Add(organisation);
            organisations[definition.Name] = organisation;
        }
        await db.SaveChangesAsync(ct);

        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is not null) continue;
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                OrganisationId = organisations[account.Organisation].Id,
                LockoutEnabled = true,
            };
            Check(await users.CreateAsync(user, DemoAccounts.Password), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
        }

        await BudgetDemoSeeder.SeedAsync(db, ct);
        await ProductDemoSeeder.SeedAsync(db, users, ct);
        await ProjectDemoSeeder.SeedAsync(db, ct);
        await Demo2026Seeder.SeedAsync(db, ct);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
