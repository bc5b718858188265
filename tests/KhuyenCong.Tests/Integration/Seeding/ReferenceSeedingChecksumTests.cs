using System.Security.Cryptography;
using System.Text;
using KhuyenCong.Data.Auditing;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace KhuyenCong.Tests.Integration.Seeding;

/// <summary>
/// The bulk-loaded administrative units and links (issue 16) are exactly what the shipped lists say: every unit's
/// generation, level, code, name, parent, province, district, validity dates and listed type, every link with its
/// note, nothing more; the SQLite seeding of the test template is the one checked.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class ReferenceSeedingChecksumTests(PortalFactory portal, ITestOutputHelper output)
{
    [Fact]
    public async Task SeededUnitsAndLinks_EqualTheShippedLists()
    {
        var (units, types, links) = ShippedUnitLists.Expected();

        var rows = await portal.WithDbAsync(db => db.AdministrativeUnits.AsNoTracking()
            .Select(u => new
            {
                u.Generation, u.Level, u.Code, u.Name, u.Type, u.SearchKey, Parent = u.Parent!.Code, u.ProvinceCode,
                u.DistrictCode, u.ValidFrom, u.ValidTo,
            }).ToListAsync());
        var seededUnits = rows.Select(u => ShippedUnitLists.Unit(u.Generation, u.Level, u.Code, u.Name, u.Parent,
            u.ProvinceCode, u.DistrictCode, u.ValidFrom, u.ValidTo)).ToHashSet();
        var seededTypes = rows.Select(u => ShippedUnitLists.Type(u.Generation, u.Code, u.Type)).ToHashSet();
        var seededLinks = (await portal.WithDbAsync(db => db.UnitSuccessions.AsNoTracking()
                .Select(s => new { From = s.Predecessor.Code, To = s.Successor.Code, s.Note }).ToListAsync()))
            .Select(s => ShippedUnitLists.Link(s.From, s.To, s.Note)).ToList();

        output.WriteLine($"units {rows.Count} (checksum {Checksum(seededUnits)}), links {seededLinks.Count} " +
            $"(checksum {Checksum(seededLinks)})");
        Same("unit", units, seededUnits);
        Assert.Equal(units.Count, rows.Count);
        Assert.True(types.IsSubsetOf(seededTypes), "Types differ: " + string.Join("; ", types.Except(seededTypes)
            .Take(5)));
        Same("link", links, seededLinks.ToHashSet());
        Assert.Equal(links.Count, seededLinks.Count);
        Assert.Equal(Checksum(units), Checksum(seededUnits));
        Assert.Equal(Checksum(links), Checksum(seededLinks));
        Assert.All(rows, u => Assert.Equal(VietnameseText.SearchKey(u.Name), u.SearchKey));
    }

    [Fact]
    public async Task BulkLoad_IsInTheAuditLog_OneRowPerTable()
    {
        var entries = await portal.WithDbAsync(db => db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == nameof(AdministrativeUnit) || a.EntityType == nameof(UnitSuccession))
            .OrderBy(a => a.Id).ToListAsync());
        var counts = await portal.WithDbAsync(async db =>
            (await db.AdministrativeUnits.CountAsync(), await db.UnitSuccessions.CountAsync()));

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((new SystemUser().UserName, "Added"), (e.UserName, e.Action)));
        Assert.Contains($"\"Rows\":{counts.Item1}", entries[0].NewValues);
        Assert.Contains($"\"Rows\":{counts.Item2}", entries[1].NewValues);
        Assert.Equal($"1-{counts.Item1}", entries[0].EntityKey);
    }

    private static void Same(string what, HashSet<string> expected, HashSet<string> seeded)
    {
        var missing = expected.Except(seeded).Take(5).ToList();
        var extra = seeded.Except(expected).Take(5).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Seeded {what}s differ from the shipped lists.\nMissing: {string.Join("\n  ", missing)}\n" +
            $"Not in the lists: {string.Join("\n  ", extra)}");
    }

    /// <summary>SHA-256 of the lines in ordinal order: the same set gives the same checksum.</summary>
    private static string Checksum(IEnumerable<string> lines) => Convert.ToHexString(SHA256.HashData(
        Encoding.UTF8.GetBytes(string.Join("\n", lines.Order(StringComparer.Ordinal)))))[..16];
}
