using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The current provinces' organisations the 2026 demo works with, found by what they are (kind, current province)
/// rather than by name: the reference seeding names them officially and administrators may rename them. One that
/// is missing (a database seeded before the reference organisations existed) is created with the official name
/// pattern of DOMAIN §10 ("Sở Công Thương thành phố Hà Nội", "Sở Công Thương tỉnh Phú Thọ").
/// </summary>
internal sealed class Demo2026Organisations
{
    private readonly AppDbContext _db;
    private readonly Dictionary<(OrganisationKind, string), Organisation> _found = [];

    private Demo2026Organisations(AppDbContext db, IReadOnlyList<AdministrativeUnit> provinces)
    {
        _db = db;
        Provinces = provinces;
    }

    /// <summary>The 34 current provinces, by code.</summary>
    public IReadOnlyList<AdministrativeUnit> Provinces { get; }

    public static async Task<Demo2026Organisations> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var provinces = await db.AdministrativeUnits
            .Where(u => u.Generation == UnitGeneration.Current && u.Level == UnitLevel.Province)
            .OrderBy(u => u.Code).ToListAsync(ct);
        var result = new Demo2026Organisations(db, provinces);
        OrganisationKind[] kinds = [OrganisationKind.ProvincialDepartment, OrganisationKind.ProvincialExtensionCentre];
        var active = await db.Organisations.Include(o => o.ScopeUnit)
            .Where(o => kinds.Contains(o.Kind) && o.ValidTo == null && o.ScopeUnit != null
                        && o.ScopeUnit.Generation == UnitGeneration.Current && o.ScopeUnit.Level == UnitLevel.Province)
            .ToListAsync(ct);
        // Should a province have two active organisations of a kind, the one people work in is the demo's choice.
        var staffed = await db.Users.Select(u => u.OrganisationId).Distinct().ToListAsync(ct);
        foreach (var group in active.GroupBy(o => (o.Kind, o.ScopeUnit!.Code)))
            result._found[group.Key] = group.OrderByDescending(o => staffed.Contains(o.Id)).ThenBy(o => o.Id).First();
        return result;
    }

    public AdministrativeUnit Province(string code) => Provinces.Single(p => p.Code == code);

    /// <summary>The province's Sở Công Thương in force, created when missing.</summary>
    public Organisation Department(string provinceCode) => Get(OrganisationKind.ProvincialDepartment, provinceCode);

    /// <summary>The province's extension centre in force, created when missing.</summary>
    public Organisation Centre(string provinceCode) => Get(OrganisationKind.ProvincialExtensionCentre, provinceCode);

    private Organisation Get(OrganisationKind kind, string provinceCode)
    {
        if (_found.TryGetValue((kind, provinceCode), out var existing)) return existing;
        var province = Province(provinceCode);
        var prefix = kind == OrganisationKind.ProvincialDepartment
            ? "Sở Công Thương"
            : "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp";
        var organisation = new Organisation($"{prefix} {OfficialName(province)}", kind, province,
            AdministrativeUnit.CurrentValidFrom);
        _db.Organisations.Add(organisation);
        _found[(kind, provinceCode)] = organisation;
        return organisation;
    }

    /// <summary>"thành phố Hà Nội" for the six centrally-run cities, "tỉnh Phú Thọ" for the others.</summary>
    internal static string OfficialName(AdministrativeUnit province)
    {
        var bare = province.Name.Replace("Thành phố ", "").Replace("Tỉnh ", "");
        return province.Type.StartsWith("thành phố", StringComparison.Ordinal) ? $"thành phố {bare}" : $"tỉnh {bare}";
    }
}
