using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: cached figures are keyed by a one-row counter that each audited write bumps in its own transaction:
/// once per save, and not at all when the write is rolled back (so a reader never moves to a number whose data
/// is not there).
/// </summary>
public sealed class DataChangeCounterTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Save_AuditedChange_BumpsTheNumberOnce()
    {
        var before = await VersionAsync();

        await portal.WithDbAsync(async db =>
        {
            await AdjustEstimateAsync(db);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(before + 1, await VersionAsync());
    }

    [Fact]
    public async Task Save_InATransactionRolledBack_LeavesTheNumber()
    {
        var before = await VersionAsync();

        var inside = await portal.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await AdjustEstimateAsync(db);
            await db.SaveChangesAsync();
            var seen = await db.DataChangeCounter.Select(c => c.Version).SingleAsync();
            await transaction.RollbackAsync();
            return seen;
        });

        Assert.Equal(before + 1, inside);
        Assert.Equal(before, await VersionAsync());
    }

    private Task<long> VersionAsync()
    {
        using var scope = portal.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DataVersion>().CurrentAsync(CancellationToken.None);
    }

    private static async Task AdjustEstimateAsync(AppDbContext db)
    {
        var plan = await db.AnnualPlans.Include(p => p.Revisions)
            .FirstAsync(p => p.Year == 2026 && p.Fund == Fund.Kcqg && p.OwnerUnitId == null);
        plan.AdjustEstimate(plan.Estimate + new Vnd(BudgetData.Million), "98/QĐ-BCT", new DateOnly(2026, 11, 20),
            "Bổ sung dự toán (kiểm thử bộ đếm thay đổi)");
    }
}
