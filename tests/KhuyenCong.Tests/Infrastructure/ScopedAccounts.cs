using KhuyenCong.Data;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// A leader of a province organisation of its own, so that views of one province do not depend on where the demo
/// accounts sit (the reform moves them between organisations).
/// </summary>
public static class ScopedAccounts
{
    public static async Task<KhuyenCong.Data.Identity.AppUser> CreateScopedLeaderAsync(
        this PortalFactory portal, UnitGeneration generation, string provinceCode)
    {
        var name = $"Sở Công Thương thử {provinceCode} {Guid.NewGuid():N}";
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var unit = await db.AdministrativeUnits
                .SingleAsync(u => u.Level == UnitLevel.Province && u.Generation == generation
                                  && u.Code == provinceCode);
            var from = generation == UnitGeneration.Current
                ? AdministrativeUnit.CurrentValidFrom
                : new DateOnly(2008, 1, 1);
            db.Organisations.Add(new Organisation(name, OrganisationKind.ProvincialDepartment, unit, from));
            await db.SaveChangesAsync();
        }
        return await portal.CreateUserAsync(RoleNames.Leader, name, DemoAccounts.Password);
    }
}
