using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 16: every province of both generations (the seeded statistics-office lists) gets its own project-code
/// abbreviation, so no two provinces share a code sequence; the same province in both generations keeps one.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ProjectCodePrefixTests(PortalFactory portal)
{
    [Fact]
    public async Task Abbreviate_EverySeededProvince_DistinctNamesGetDistinctAbbreviations()
    {
        var names = await portal.WithDbAsync(db => db.AdministrativeUnits
            .Where(u => u.Level == UnitLevel.Province).Select(u => u.Name).Distinct().ToListAsync());

        var shared = names.GroupBy(ProjectCode.Abbreviate).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g)}").ToList();

        Assert.True(names.Count >= 63, $"only {names.Count} province names seeded");
        Assert.Empty(shared);
    }
}
