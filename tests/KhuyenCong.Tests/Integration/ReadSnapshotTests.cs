using KhuyenCong.Data;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// A long export reads one snapshot (issue 16: its rows, subtotals and total agree although others write
/// meanwhile) and holds no write lock: a write committed while the export reads is not seen by it, and does not
/// wait for it.
/// </summary>
public sealed class ReadSnapshotTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task BeginAsync_WriteMeanwhile_IsNotSeenAndNotBlocked()
    {
        using var exporting = portal.Services.CreateScope();
        var export = exporting.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await export.Projects.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        string before;
        await using (var snapshot = await ReadSnapshot.BeginAsync(export, CancellationToken.None))
        {
            Assert.True(snapshot.Consistent);
            before = await export.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync();

            // Another instance's write, committed while the export reads (a deferred read takes no write lock,
            // so it does not wait for the busy timeout or fail with "database is locked").
            var started = System.Diagnostics.Stopwatch.StartNew();
            var changed = await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, p => p.Name + " (đổi)")));
            Assert.Equal(1, changed);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), "the write waited for the export");

            Assert.Equal(before, await export.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());
        }

        Assert.Equal(before + " (đổi)",
            await export.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());
        await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, before)));
    }
}
