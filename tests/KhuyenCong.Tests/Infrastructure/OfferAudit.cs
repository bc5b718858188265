using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using KhuyenCong.Domain.AdministrativeUnits;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// What a screen offers (enabled, visible select options, datalist entries, checkboxes, JSON picker items) that names
/// a unit or an organisation, checked against the reference data: a screen dated on or after 01/07/2025 may offer
/// no legacy unit, no district and no organisation ended before its date. Ids are checked by id, so a legacy and a
/// current organisation sharing a name ("Sở Công Thương tỉnh Phú Thọ") are told apart.
/// </summary>
public sealed class OfferAudit
{
    /// <summary>Fields whose values are unit ids.</summary>
    private static readonly HashSet<string> UnitIds =
    [
        "OwnerUnitId", "ProvinceIds", "provinceId", "locationProvinceId", "locationDistrictId", "locationCommuneId",
        "establishmentProvinceId", "establishmentDistrictId", "establishmentCommuneId",
    ];

    /// <summary>Fields whose values are province codes.</summary>
    private static readonly HashSet<string> ProvinceCodes = ["province"];

    /// <summary>Fields whose values are organisation ids (allocation rows are matched by suffix).</summary>
    private static readonly HashSet<string> OrganisationIds =
        ["ImplementingOrganisationId", "OrganisationId", "organisationId", "successorIds", "successorId"];

    /// <summary>Fields choosing a unit generation: "Legacy" must not be offered.</summary>
    private static readonly HashSet<string> Generations = ["LocationGeneration", "UnitGeneration"];

    /// <summary>Fields that name neither a unit nor an organisation (a new select must be classified here or above).
    /// </summary>
    private static readonly HashSet<string> Others =
    [
        "fund", "status", "kind", "content", "Kind", "Fund", "ActivityContentId", "BeneficiaryIds", "Multiplier",
        "Condition", "period", "boundaries", "figure", "Level", "Region", "level", "GroupId", "groupId",
        "EstablishmentId", "LegalFormId", "role", "ProgrammeId", "entity", "generation", "memberId", "ToFund",
        "DisbursementKind",
    ];

    private readonly Dictionary<int, (UnitGeneration Generation, UnitLevel Level)> _units;
    private readonly HashSet<string> _currentProvinceCodes;
    private readonly HashSet<string> _currentUnitCodes;
    private readonly Dictionary<int, (DateOnly? ValidTo, UnitLevel? Level)> _organisations;

    private OfferAudit(Dictionary<int, (UnitGeneration, UnitLevel)> units, HashSet<string> currentProvinceCodes,
        HashSet<string> currentUnitCodes, Dictionary<int, (DateOnly?, UnitLevel?)> organisations)
    {
        _units = units;
        _currentProvinceCodes = currentProvinceCodes;
        _currentUnitCodes = currentUnitCodes;
        _organisations = organisations;
    }

    public List<string> Problems { get; } = [];

    public static async Task<OfferAudit> LoadAsync(PortalFactory portal) => await portal.WithDbAsync(async db =>
    {
        var units = await db.AdministrativeUnits.AsNoTracking()
            .Select(u => new { u.Id, u.Code, u.Generation, u.Level }).ToListAsync();
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.ValidTo, Level = o.ScopeUnit == null ? (UnitLevel?)null : o.ScopeUnit.Level })
            .ToListAsync();
        var current = units.Where(u => u.Generation == UnitGeneration.Current).ToList();
        return new OfferAudit(units.ToDictionary(u => u.Id, u => (u.Generation, u.Level)),
            [.. current.Where(u => u.Level == UnitLevel.Province).Select(u => u.Code)],
            [.. current.Select(u => u.Code)],
            organisations.ToDictionary(o => o.Id, o => (o.ValidTo, o.Level)));
    });

    /// <summary>Checks every offer of a page dated <paramref name="date"/>; returns how many unit or organisation
    /// offers it saw.</summary>
    public int CheckPage(string url, IHtmlDocument page, DateOnly date)
    {
        var seen = 0;
        foreach (var select in page.QuerySelectorAll("select"))
        {
            var name = select.GetAttribute("name") ?? "";
            foreach (var option in select.QuerySelectorAll("option").Where(Offered))
                seen += Check(url, name, option.GetAttribute("value") ?? "", option.TextContent.Trim(), date);
        }
        // A plan's decision numbers (the allocation form) name no unit.
        foreach (var option in page.QuerySelectorAll("datalist:not(#plan-decisions) option"))
            seen += Check(url, "datalist", option.GetAttribute("value") ?? "", option.TextContent.Trim(), date);
        foreach (var box in page.QuerySelectorAll("input[type=checkbox][name=ProvinceIds]").Where(Offered))
            seen += Check(url, "ProvinceIds", box.GetAttribute("value") ?? "", "", date);
        return seen;
    }

    /// <summary>A JSON picker: items with a unit-code value (locations), an organisation id or a province.</summary>
    public int CheckJson(string url, string kind, IEnumerable<JsonElement> items, DateOnly date)
    {
        var seen = 0;
        foreach (var item in items)
        {
            seen++;
            string Text(string property) => item.TryGetProperty(property, out var v) ? v.GetString() ?? "" : "";
            if (kind == "province" && Text("generation") != "current") Fail(url, kind, Text("code"), Text("name"));
            else if (kind == "province") Check(url, kind, Text("code"), Text("name"), date);
            else Check(url, kind, Text("value"), Text("text"), date);
        }
        return seen;
    }

    private static bool Offered(IElement e) => !e.HasAttribute("disabled") && !e.HasAttribute("hidden");

    private int Check(string url, string field, string value, string text, DateOnly date)
    {
        if (value.Length == 0) return 0;
        if (Generations.Contains(field))
        {
            if (value == nameof(UnitGeneration.Legacy)) Fail(url, field, value, text);
            return 0;
        }
        if (UnitIds.Contains(field)) return Unit(url, field, value, text);
        if (ProvinceCodes.Contains(field))
        {
            if (!_currentProvinceCodes.Contains(value) || Legacy(text)) Fail(url, field, value, text);
            return 1;
        }
        if (field is "datalist" or "locations")
        {
            if (!_currentUnitCodes.Contains(value) || Legacy(text)) Fail(url, field, value, text);
            return 1;
        }
        if (OrganisationIds.Contains(field) || field.EndsWith(".RecipientId") || field == "organisations")
            return Organisation(url, field, value, text, date);
        if (!Others.Contains(field)) Problems.Add($"{url}: unclassified select '{field}' (option '{text}')");
        return 0;
    }

    private int Unit(string url, string field, string value, string text)
    {
        if (!int.TryParse(value, out var id) || !_units.TryGetValue(id, out var unit)
            || unit.Generation == UnitGeneration.Legacy || unit.Level == UnitLevel.District || Legacy(text))
            Fail(url, field, value, text);
        return 1;
    }

    private int Organisation(string url, string field, string value, string text, DateOnly date)
    {
        if (!int.TryParse(value, out var id) || !_organisations.TryGetValue(id, out var o)
            || o.ValidTo is { } to && to < date || o.Level == UnitLevel.District || Legacy(text))
            Fail(url, field, value, text);
        return 1;
    }

    private static bool Legacy(string text) =>
        text.Contains("trước 01/07/2025", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Huyện ", StringComparison.Ordinal)
        || text.StartsWith("UBND huyện", StringComparison.Ordinal);

    private void Fail(string url, string field, string value, string text) =>
        Problems.Add($"{url}: {field} offers {value} '{text}'");
}
