using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Lists of Vietnamese names follow the stored search key (then id), not the engine's collation of the name:
/// SQLite's binary order would put "Ân", "Đ" and "Ơ" after "Z", SQL Server's collation elsewhere.
/// </summary>
public sealed class NameOrderTests : IDisposable
{
    // With and without diacritics; "Đồng Tâm" and "đồng tâm" share a key, so their ids decide.
    private static readonly string[] Names =
    [
        "Zen Mây tre", "Đồng Tâm Mây tre", "Dong Hai Mây tre", "Ơn Trời Mây tre", "On Hòa Mây tre", "Ôn Định Mây tre",
        "Âu Cơ Mây tre", "Anh Đào Mây tre", "Ân Nghĩa Mây tre", "đồng tâm Mây tre", "Ba Vì Mây tre",
    ];

    private readonly PortalFactory _portal = new();

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task OrganisationsIndex_SearchWithoutDiacriticsAnyCase_FindsAndOrdersBySearchKeyThenId()
    {
        var added = await _portal.WithDbAsync(async db =>
        {
            var organisations = Names.Select(n => new KhuyenCong.Domain.Organisations.Organisation(
                "Hội " + n, KhuyenCong.Domain.Organisations.OrganisationKind.MinistryServiceUnit, null, new DateOnly(2020, 1, 1))).ToList();
            db.Organisations.AddRange(organisations);
            await db.SaveChangesAsync();
            return organisations.ToDictionary(o => o.Name, o => o.Id);
        });
        var client = _portal.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);

        // Typed without diacritics and in capitals, as an officer in a hurry would.
        var shown = (await client.GetDocumentAsync("/Organisations?q=MAY%20TRE")).QuerySelectorAll("table tbody tr td:first-child a")
            .Select(a => a.TextContent.Trim()).ToList();

        var expected = added.OrderBy(p => VietnameseText.SearchKey(p.Key), StringComparer.Ordinal).ThenBy(p => p.Value).Select(p => p.Key).ToList();
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task ProjectDetails_BeneficiariesWithDiacritics_OrderedBySearchKeyThenId()
    {
        var ids = await AddEstablishmentsAsync();
        var client = _portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var fields = ProjectData.Draft(await _portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment), await _portal.ContentIdAsync("ND04"), null);
        fields.AddRange(ids.Values.Select(id => new KeyValuePair<string, string>("BeneficiaryIds", id.ToString())));
        var project = await client.CreateDraftAsync(fields);

        var shown = (await client.GetDocumentAsync($"/Projects/Details/{project}")).QuerySelectorAll("#beneficiaries li a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal(Expected(ids), shown);
        Assert.NotEqual(Names.Order(StringComparer.Ordinal), shown);
    }

    [Fact]
    public async Task ProjectForm_EstablishmentChoices_OrderedBySearchKeyThenId()
    {
        var ids = await AddEstablishmentsAsync();
        var client = _portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);

        // The project form's beneficiary picker searches, accent-free, page by page (Establishments/Picker/Search).
        var options = new List<int>();
        for (var page = 1; ; page++)
        {
            var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(
                $"/Establishments/Picker/Search?q=may%20tre&page={page}")).RootElement;
            options.AddRange(json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
            if (!json.GetProperty("more").GetBoolean()) break;
        }
        var names = await _portal.WithDbAsync(db => db.Establishments.Where(e => options.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name));

        // Every match, demo data included, in the order computed here from the names; ours keep theirs.
        Assert.NotEmpty(options);
        Assert.Equal(options.OrderBy(id => VietnameseText.SearchKey(names[id]), StringComparer.Ordinal).ThenBy(id => id), options);
        var ours = options.Where(ids.ContainsValue).Select(id => names[id]).ToList();
        Assert.Equal(Expected(ids), ours);
        Assert.Contains("Ân Nghĩa Mây tre", ours);
    }

    private static List<string> Expected(Dictionary<string, int> ids) =>
        [.. ids.OrderBy(n => VietnameseText.SearchKey(n.Key), StringComparer.Ordinal).ThenBy(n => n.Value).Select(n => n.Key)];

    /// <summary>Adds the names in Cao Phong's legacy commune 04831 (Hòa Bình), one by one so that ids follow <see cref="Names"/>.</summary>
    private Task<Dictionary<string, int>> AddEstablishmentsAsync() => _portal.WithDbAsync(async db =>
    {
        var unit = await db.AdministrativeUnits.SingleAsync(u => u.Code == "04831" && u.Generation == UnitGeneration.Legacy);
        var form = await db.LegalForms.Where(f => f.Code == "HKD").Select(f => f.Id).SingleAsync();
        var ids = new Dictionary<string, int>();
        foreach (var name in Names)
        {
            var establishment = new Establishment(name, form, unit, null, null, null, false, false);
            db.Establishments.Add(establishment);
            await db.SaveChangesAsync();
            ids[name] = establishment.Id;
        }
        return ids;
    });
}
