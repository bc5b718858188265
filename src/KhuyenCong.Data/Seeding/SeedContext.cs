using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>The reference rows the product demo needs, loaded in a handful of queries (no query per entry).</summary>
internal sealed class SeedContext
{
    private const int CommunesPerProvince = 8;

    private readonly Dictionary<(UnitGeneration, string), AdministrativeUnit> _provinces = [];
    private readonly Dictionary<(UnitGeneration, string), List<AdministrativeUnit>> _communes = [];
    private Dictionary<string, int> _groups = [];
    private Dictionary<string, int> _legalForms = [];
    private Dictionary<string, int> _organisations = [];
    private List<RoundCriterion> _criteria = [];

    public IReadOnlyList<AdministrativeUnit> LegacyProvinces { get; private set; } = [];
    public string MinistryOfficerId { get; private set; } = "";

    public static async Task<SeedContext> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var context = new SeedContext();
        var provinces = await db.AdministrativeUnits.Where(u => u.Level == UnitLevel.Province).ToListAsync(ct);
        foreach (var p in provinces) context._provinces[(p.Generation, p.Code)] = p;
        context.LegacyProvinces = [.. provinces.Where(p => p.Generation == UnitGeneration.Legacy).OrderBy(p => p.Code)];

        // A few communes of each province without reading all ~13,000: the first commune id of each province (one
        // grouped query), then the ids just after it (units are seeded in file order); each commune found is filed
        // under its own province, so an id that falls into the next province does no harm.
        var firsts = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Commune)
            .GroupBy(u => new { u.Generation, u.ProvinceCode })
            .Select(g => g.Min(u => u.Id))
            .ToListAsync(ct);
        var candidates = firsts.SelectMany(id => Enumerable.Range(id, CommunesPerProvince)).ToList();
        var communes = await db.AdministrativeUnits.Where(u => candidates.Contains(u.Id) && u.Level
            == UnitLevel.Commune).ToListAsync(ct);
        foreach (var g in communes.GroupBy(c => (c.Generation, c.ProvinceCode)))
            context._communes[g.Key] = [.. g.OrderBy(c => c.Code)];

        context._groups = await db.ProductGroups.ToDictionaryAsync(g => g.Code, g => g.Id, ct);
        context._legalForms = await db.LegalForms.ToDictionaryAsync(g => g.Code, g => g.Id, ct);
        // A legacy and a current organisation may share a name (Sở Công Thương tỉnh Phú Thọ): the active one wins.
        context._organisations = (await db.Organisations.AsNoTracking().Select(o => new { o.Name, o.Id, o.ValidTo })
                .ToListAsync(ct))
            .GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.OrderBy(o => o.ValidTo != null).First().Id);
        context._criteria = await db.ScoreCriteria.Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new RoundCriterion(c.Code, c.Name, c.MaxScore, c.SortOrder)).ToListAsync(ct);
        context.MinistryOfficerId = await db.Users.Where(u => u.Email == DemoAccounts.MinistryOfficer).Select(u => u.Id)
            .SingleAsync(ct);
        return context;
    }

    public AdministrativeUnit Province(UnitGeneration generation, string code) => _provinces[(generation, code)];

    public AdministrativeUnit Commune(UnitGeneration generation, string provinceCode, int index)
    {
        var list = _communes[(generation, provinceCode)];
        return list[index % list.Count];
    }

    public int GroupId(string code) => _groups[code];
    public int LegalFormId(string code) => _legalForms[code];
    public int OrganisationId(string name) => _organisations[name];

    /// <summary>A fresh copy per round: owned criteria rows belong to one round.</summary>
    public IEnumerable<RoundCriterion> Criteria()
        => _criteria.Select(c => new RoundCriterion(c.Code, c.Name, c.MaxScore, c.SortOrder)).ToList();
}
