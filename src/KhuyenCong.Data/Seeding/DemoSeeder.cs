using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Demo organisations and accounts (README), then the demo's business data, then the reform's moves of
/// 01/07/2025. Idempotent: organisations are looked up first (provincial ones by kind and province), accounts by
/// e-mail, and a move applies only to an account still in its pre-reform organisation.
/// </summary>
internal static class DemoSeeder
{
    public static async Task SeedAsync(AppDbContext db, UserManager<AppUser> users, CancellationToken ct)
    {
        var organisations = await OrganisationsAsync(db, ct);
        var (district, commune) = DemoOrganisations.DistrictSuccession;
        if (organisations[district].ValidTo is null)
            organisations[district].End(AdministrativeUnit.LegacyValidTo, [organisations[commune]],
                ReferenceOrganisations.ReformNote);
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
        await YearEndDemoSeeder.SeedAsync(db, ct);
        await MoveReformedAccountsAsync(db, organisations, ct);
        // After the moves: the 2026 data is the current organisations' work.
        await Demo2026Seeder.SeedAsync(db, ct);
        await RegistrationDemoSeeder.SeedAsync(db, ct);
        await AppraisalDemoSeeder.SeedAsync(db, ct);
    }

    /// <summary>The demo's organisations by the names in <see cref="DemoOrganisations"/>, created where missing.
    /// </summary>
    private static async Task<Dictionary<string, Organisation>> OrganisationsAsync(
        AppDbContext db, CancellationToken ct)
    {
        // Successors and the auto-included former names are two collections: one query each, no row product.
        var existing = await db.Organisations.Include(o => o.ScopeUnit).Include(o => o.Successors).AsSplitQuery()
            .ToListAsync(ct);
        var result = new Dictionary<string, Organisation>();
        foreach (var definition in DemoOrganisations.All)
        {
            var provincial = definition.Kind is OrganisationKind.ProvincialDepartment
                or OrganisationKind.ProvincialExtensionCentre;
            var found = existing.FirstOrDefault(o => o.Kind == definition.Kind && (provincial
                ? o.ScopeUnit?.Generation == definition.Generation && o.ScopeUnit?.Code == definition.UnitCode
                : o.Name == definition.Name));
            if (found is null)
            {
                var unit = definition.UnitCode is null
                    ? null
                    : await db.AdministrativeUnits.SingleAsync(
                        u => u.Generation == definition.Generation && u.Code == definition.UnitCode, ct);
                found = new Organisation(definition.Name, definition.Kind, unit, definition.ValidFrom);
                db.Organisations.Add(found);
                existing.Add(found);
            }
            result[definition.Name] = found;
        }
        return result;
    }

    /// <summary>On 01/07/2025 most Hòa Bình staff moved to Phú Thọ; the legacy accounts stayed (read-only).</summary>
    private static async Task MoveReformedAccountsAsync(
        AppDbContext db, Dictionary<string, Organisation> organisations, CancellationToken ct)
    {
        var moves = DemoAccounts.All.Where(a => a.MovedTo is not null).ToList();
        var emails = moves.Select(m => m.Email).ToList();
        var accounts = await db.Users.Where(u => emails.Contains(u.Email!)).ToListAsync(ct);
        foreach (var move in moves)
        {
            var user = accounts.SingleOrDefault(u => u.Email == move.Email);
            if (user is not null && user.OrganisationId == organisations[move.Organisation].Id)
                user.OrganisationId = organisations[move.MovedTo!].Id;
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
