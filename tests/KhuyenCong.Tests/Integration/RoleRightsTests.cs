using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Who may open which area, as DOMAIN §3 says, written here as the test's own table (not read from the portal's
/// policies): each role alone, on an account of its own in a sensible organisation, GETs one page per area and
/// gets 200 or 403. The class creates accounts, so it has a portal of its own.
/// </summary>
public sealed class RoleRightsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Ok = 200;
    private const int No = 403;

    /// <summary>The columns of <see cref="Table"/>: role names as stored, and where each one's account sits.</summary>
    private static readonly (string Role, string Organisation)[] Roles =
    [
        ("Administrator", DemoOrganisations.MinistryDepartment),
        ("MinistryOfficer", DemoOrganisations.MinistryDepartment),
        ("DepartmentOfficer", DemoOrganisations.HoaBinhDepartment),
        ("LocalOfficer", DemoOrganisations.CaoPhongDistrict),
        ("Leader", DemoOrganisations.MinistryDepartment),
        ("CouncilMember", DemoOrganisations.MinistryDepartment),
    ];

    /// <summary>
    /// DOMAIN §3, role by role. Administrator: users, organisations, reference data, audit log, no business data.
    /// Ministry officer: reads everything. Department officer: the province's projects, plans, allocations and
    /// rounds. Local officer: drafts projects and entries, reads its own unit. Leader: read-only dashboards and
    /// reports. Council member: scores the entries assigned to them. Organisations and administrative units are
    /// the reference every record points to: read by every role, kept by administrators.
    /// </summary>
    private static readonly (string Area, int[] Expected)[] Table =
    [
        //                     Admin Ministry Department Local Leader Council
        ("/Budget",         [No,   Ok,      Ok,        Ok,   No,    No]),
        ("/Plans",          [No,   Ok,      Ok,        Ok,   No,    No]),
        ("/Programmes",     [No,   Ok,      Ok,        Ok,   No,    No]),
        ("/SupportCaps",    [No,   Ok,      Ok,        Ok,   No,    No]),
        ("/Projects",       [No,   Ok,      Ok,        Ok,   No,    No]),
        // Council members' work (entries and projects to score) waits in the inbox too (issue 15).
        ("/Inbox",          [No,   Ok,      Ok,        Ok,   No,    Ok]),
        ("/ProductRounds",  [No,   Ok,      Ok,        Ok,   No,    Ok]),
        ("/Establishments", [No,   Ok,      Ok,        Ok,   No,    No]),
        ("/Commendations",  [No,   Ok,      Ok,        Ok,   No,    No]),
        ("/Reports",        [No,   Ok,      Ok,        Ok,   Ok,    No]),
        ("/Dashboard",      [No,   Ok,      Ok,        Ok,   Ok,    No]),
        ("/Users",          [Ok,   No,      No,        No,   No,    No]),
        ("/AuditLog",       [Ok,   No,      No,        No,   No,    No]),
        ("/Organisations",  [Ok,   Ok,      Ok,        Ok,   Ok,    Ok]),
        ("/AdminUnits",     [Ok,   Ok,      Ok,        Ok,   Ok,    Ok]),
        ("/AppraisalCouncil", [No, Ok,      No,        No,   No,    Ok]),
        ("/PlanDecisions",  [No,   Ok,      Ok,        Ok,   No,    No]),
        // DOMAIN §11: the ministry and the provinces' departments register the KCQG plan; leaders read it.
        ("/Registration",   [No,   Ok,      Ok,        No,   Ok,    No]),
        // Issue 14: the official forms' numbers and instruments are reference data, kept by administrators.
        ("/ReferenceForms", [Ok,   No,      No,        No,   No,    No]),
    ];

    /// <summary>
    /// Where the portal answers otherwise than the table, on purpose until decided (reported on issue 11): the
    /// cell's current answer, so that a change either way is seen here. Every entry must still differ.
    /// </summary>
    private static readonly Dictionary<(string Role, string Area), (int Actual, string Reason)> Differences = new()
    {
        [("Leader", "/Budget")] = (Ok, LeaderReads),
        [("Leader", "/Plans")] = (Ok, LeaderReads),
        [("Leader", "/Programmes")] = (Ok, LeaderReads),
        [("Leader", "/SupportCaps")] = (Ok, LeaderReads),
        [("Leader", "/Projects")] = (Ok, LeaderReads),
        [("Leader", "/Inbox")] = (Ok, LeaderReads + " (the inbox is empty for them)"),
        [("Leader", "/ProductRounds")] = (Ok, LeaderReads),
        [("Leader", "/Establishments")] = (Ok, LeaderReads),
        [("Leader", "/Commendations")] = (Ok, LeaderReads),
        [("Leader", "/PlanDecisions")] = (Ok, LeaderReads),
        [("LocalOfficer", "/Registration")] = (Ok, "the column's account sits in Cao Phong district, ended on "
            + "30/06/2025, so it reads as a leader; a current commune's officer gets 403 (RegistrationRoundTests)"),
    };

    private const string LeaderReads =
        "DOMAIN §3 gives leaders dashboards and reports; the portal lets them read every business register of "
        + "their scope (read-only, see LeaderReadOnlyTests)";

    public static TheoryData<string> AllRoles => new(Roles.Select(r => r.Role));

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Get_EachArea_AnswersAsDomainSection3Says(string role)
    {
        var column = Array.FindIndex(Roles, r => r.Role == role);
        var user = await portal.CreateUserAsync(role, Roles[column].Organisation);
        var client = portal.CreateClient();
        await client.SignInAsync(user.Email!);

        var wrong = new List<string>();
        foreach (var (area, expected) in Table)
        {
            var domain = expected[column];
            var want = Differences.TryGetValue((role, area), out var known) ? known.Actual : domain;
            var response = await client.GetAsync(area);
            var got = (int)response.StatusCode;
            if (got != want)
            {
                var location = response.Headers.Location is { } l ? $" to {l}" : "";
                wrong.Add($"{role} GET {area}: expected {want} (DOMAIN §3: {domain}), got {got}{location}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Differences_AreRealAndInTheTable()
    {
        foreach (var ((role, area), (actual, reason)) in Differences)
        {
            var row = Table.Single(r => r.Area == area);
            var column = Array.FindIndex(Roles, r => r.Role == role);
            Assert.True(column >= 0, $"{role}: not a column of the table");
            Assert.True(row.Expected[column] != actual, $"{role} {area}: no longer differs from DOMAIN §3 ({reason})");
        }
    }

    [Fact]
    public void Table_HasOneCellPerRole()
    {
        Assert.All(Table, row => Assert.Equal(Roles.Length, row.Expected.Length));
        Assert.Equal(Table.Length, Table.Select(r => r.Area).Distinct().Count());
        Assert.All(Table, row => Assert.All(row.Expected, e => Assert.True(e is Ok or No)));
    }
}
