using Microsoft.Playwright;

namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>
/// The pages the layout tests walk: every entry of each role's main menu (read from the menu itself, so a new
/// area is walked without editing a list) and every kind of form, reached by following the links a user would
/// (first matching link on each page of the chain), so no record id is hard-coded.
/// </summary>
public static class PageWalk
{
    /// <summary>A page to reach: open <paramref name="Start"/>, then follow the first link whose href contains each
    /// fragment of <paramref name="Follow"/> in turn.</summary>
    public sealed record Stop(string Start, params string[] Follow)
    {
        public override string ToString() => Follow.Length == 0 ? Start : Start + " → " + string.Join(" → ", Follow);
    }

    /// <summary>Forms by account: the ministry officer's, a department's, an administrator's, a council
    /// member's.</summary>
    public static readonly IReadOnlyList<(string Account, Stop Stop)> Forms =
    [
        (Accounts.MinistryOfficer, new("/Plans/Create")),
        (Accounts.MinistryOfficer, new("/Plans", "/Plans/Details/", "/Plans/Allocate/")),
        (Accounts.MinistryOfficer, new("/Establishments/Create")),
        (Accounts.MinistryOfficer, new("/SupportCaps/Create")),
        (Accounts.MinistryOfficer, new("/ProductRounds/Create")),
        (Accounts.MinistryOfficer, new("/Registration/Create")),
        (Accounts.MinistryOfficer, new("/PlanDecisions/Create?fund=Kcqg")),
        (Accounts.MinistryOfficer, new("/Programmes")),
        (Accounts.Department, new("/Projects/Create")),
        (Accounts.Department, new("/Projects?status=Draft", "/Projects/Details/", "/Projects/Edit/")),
        (Accounts.Department, new("/ProductRounds", "/ProductRounds/Details/", "/ProductEntries/Create")),
        (Accounts.Department, new("/Projects?status=Submitted", "/Projects/Details/")),
        (Accounts.Administrator, new("/Users/Create")),
        (Accounts.Administrator, new("/Users", "/Users/Edit/")),
        (Accounts.Administrator, new("/Organisations", "/Organisations/Details/")),
        (Accounts.Council, new("/ProductRounds", "/ProductRounds/Details/")),
        (Accounts.Department, new("/Profile/ChangePassword")),
        (Accounts.Department, new("/Profile/TwoFactor")),
        (Accounts.Department, new("/Profile/ChangeEmail")),
        (Accounts.Department, new("/Notifications/Settings")),
        // The forms the walk above missed (issue 15 asks for every form): the plan's other steps, the appraisal
        // council's, the organisation's settings, the registration package, the reference lists, the score sheet.
        (Accounts.MinistryOfficer, new("/Plans", "/Plans/Details/", "/AdjustEstimate")),
        (Accounts.MinistryOfficer, new("/Plans", "/Plans/Details/", "/Plans/Correct/")),
        (Accounts.MinistryOfficer, new("/Plans", "/Plans/Details/", "/YearEnd")),
        (Accounts.MinistryOfficer, new("/Programmes", "/Programmes/Edit/")),
        (Accounts.MinistryOfficer, new("/SupportCaps", "/SupportCaps/LegalBasis/")),
        (Accounts.MinistryOfficer, new("/Commendations/Create")),
        (Accounts.MinistryOfficer, new("/AppraisalCouncil/Create")),
        (Accounts.Department, new("/Registration", "/Registration/Details/")),
        (Accounts.Administrator, new("/Organisations", "/Organisations/Details/", "/Organisations/Edit/")),
        (Accounts.Administrator, new("/Organisations", "/Organisations/Details/", "/OrganisationLetterhead/Edit/")),
        (Accounts.Administrator, new("/Organisations", "/Organisations/Details/", "/DocumentTemplates")),
        (Accounts.Administrator, new("/ReferenceForms", "/ReferenceForms/Edit/")),
        (Accounts.Administrator, new("/ReferenceForms", "/ReferenceForms/Replace/")),
        (Accounts.Council, new("/ProductRounds", "/ProductRounds/Details/", "/ProductEntries/Details/")),
    ];

    /// <summary>Accounts whose menus together hold every menu entry.</summary>
    public static readonly IReadOnlyList<string> MenuAccounts =
        [Accounts.MinistryOfficer, Accounts.Administrator, Accounts.Council, Accounts.ProvinceLeader];

    /// <summary>The hrefs of the main menu, drop-down entries included (they are in the page, only hidden).</summary>
    public static async Task<IReadOnlyList<string>> MenuHrefsAsync(IPage page)
    {
        await PortalPage.OpenAsync(page, "/");
        var hrefs = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('nav.portal-nav a[href]')].map(a => a.getAttribute('href'))" +
            ".filter(h => h && h !== '#')");
        return hrefs.Distinct().ToList();
    }

    /// <summary>Opens the stop's page; returns its path, or null with the reason when a link in the chain is
    /// missing or a page answers with an error.</summary>
    public static async Task<(string? Path, string? Missing)> ReachAsync(IPage page, Stop stop)
    {
        try
        {
            await PortalPage.OpenAsync(page, stop.Start);
            foreach (var fragment in stop.Follow)
            {
                var link = page.Locator($"main a[href*='{fragment}']").First;
                if (await link.CountAsync() == 0) return (null, $"{stop}: no link containing {fragment} on {page.Url}");
                var href = await link.GetAttributeAsync("href");
                await PortalPage.OpenAsync(page, href!);
            }
        }
        catch (InvalidOperationException refused)
        {
            // An error status: reported with the others rather than hiding the rest of the walk.
            return (null, $"{stop}: {refused.Message}");
        }
        return (new Uri(page.Url).PathAndQuery, null);
    }
}
