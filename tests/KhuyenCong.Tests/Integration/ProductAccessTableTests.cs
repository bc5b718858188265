using System.Security.Claims;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Features.ProductRounds;
using static KhuyenCong.Tests.Domain.ProductRoundBuilder;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Who may take which step of a product round (DOMAIN §3 and §6), stated here as the test's own table and checked
/// against <see cref="ProductAccess.MayTake"/>, which the steps, the pages and the council's task list all ask. The
/// round is a 2026 provincial round of the Phú Thọ Sở; "own" is an officer of that Sở, "other" an officer elsewhere.
/// </summary>
public sealed class ProductAccessTableTests
{
    private const bool Y = true;
    private const bool N = false;

    private static readonly string[] Actors =
        ["own department officer", "other department officer", "ministry officer", "leader", "member", "non-member"];

    /// <summary>Per step, the answer for each of <see cref="Actors"/>, in that order.</summary>
    private static readonly (ProductAction Action, bool[] Expected)[] Table =
    [
        //                                          own  other ministry leader member non-member
        (ProductAction.AssignMember,          [Y,   N,    N,       N,     N,     N]),
        (ProductAction.SetNominationQuota,    [Y,   N,    N,       N,     N,     N]),
        (ProductAction.StartScoring,          [Y,   N,    N,       N,     N,     N]),
        (ProductAction.RecordQuorumException, [Y,   N,    N,       N,     N,     N]),
        (ProductAction.Decide,                [Y,   N,    N,       N,     N,     N]),
        (ProductAction.IssueCertificates,     [Y,   N,    N,       N,     N,     N]),
        (ProductAction.Close,                 [Y,   N,    N,       N,     N,     N]),
        (ProductAction.DecideEligibility,     [Y,   N,    N,       N,     N,     N]),
        (ProductAction.IssueCertificate,      [Y,   N,    N,       N,     N,     N]),
        (ProductAction.ReturnNomination,      [Y,   N,    N,       N,     N,     N]),
        (ProductAction.AcceptNomination,      [Y,   N,    N,       N,     N,     N]),
        // Any officer registers the producers of their own area (scope, checked when the entry is loaded).
        (ProductAction.RegisterEntry,         [Y,   Y,    Y,       N,     N,     N]),
        (ProductAction.EditEntry,             [Y,   Y,    Y,       N,     N,     N]),
        (ProductAction.AttachFile,            [Y,   Y,    Y,       N,     N,     N]),
        // The council scores and declares conflicts; an organiser's officer is not a member.
        (ProductAction.Score,                 [N,   N,    N,       N,     Y,     N]),
        (ProductAction.Recuse,                [N,   N,    N,       N,     Y,     N]),
    ];

    private const int OwnOrganisation = 7;

    [Fact]
    public void MayTake_EveryStepForEveryActor_AsTheTableSays()
    {
        var round = Round();
        round.AssignMember("member", "Thành viên");
        var organiser = OrganiserIds(round);
        (ClaimsPrincipal User, IReadOnlyCollection<int> Organisations)[] actors =
        [
            (User("own", RoleNames.DepartmentOfficer), organiser),
            (User("other", RoleNames.DepartmentOfficer), [99]),
            (User("ministry", RoleNames.MinistryOfficer), [1]),
            (User("leader", RoleNames.Leader), organiser),
            (User("member", RoleNames.CouncilMember), [1]),
            (User("non-member", RoleNames.CouncilMember), [1]),
        ];
        var wrong = new List<string>();
        foreach (var (action, expected) in Table)
            for (var i = 0; i < actors.Length; i++)
                if (ProductAccess.MayTake(action, round, actors[i].User, actors[i].Organisations) != expected[i])
                    wrong.Add($"{action} by {Actors[i]}: expected {expected[i]}");
        Assert.Empty(wrong);
    }

    [Fact]
    public void Table_CoversEveryStepOfTheRoundAndItsEntries()
    {
        var stated = Table.Select(t => t.Action).Append(ProductAction.SendNomination).Order();
        Assert.Equal(Enum.GetValues<ProductAction>().Order(), stated);
        Assert.Equal(Enum.GetValues<ProductAction>().Order(), ProductAccess.Rules.Keys.Order());
    }

    [Fact]
    public void SendNomination_OnlyTheNominatingOrganisationsOfficers()
    {
        var round = Round(RoundLevel.Regional);
        var officer = User("nominator", RoleNames.DepartmentOfficer);

        Assert.True(ProductAccess.MayTake(ProductAction.SendNomination, round, officer, [12], nominatorId: 12));
        Assert.False(ProductAccess.MayTake(ProductAction.SendNomination, round, officer, [13], nominatorId: 12));
        Assert.False(ProductAccess.MayTake(ProductAction.SendNomination, round,
            User("leader", RoleNames.Leader), [12], nominatorId: 12));
    }

    [Fact]
    public void NationalAndRegionalRounds_RunByMinistryOfficers()
    {
        foreach (var level in new[] { RoundLevel.Regional, RoundLevel.National })
        {
            var round = Round(level);
            Assert.True(ProductAccess.MayTake(ProductAction.Decide, round, User("m", RoleNames.MinistryOfficer), [1]));
            Assert.False(ProductAccess.MayTake(ProductAction.Decide, round,
                User("d", RoleNames.DepartmentOfficer), OrganiserIds(round)));
        }
    }

    [Fact]
    public void Offers_TheTableAndTheRoundsState()
    {
        var round = Round();
        var own = User("own", RoleNames.DepartmentOfficer);

        Assert.True(ProductAccess.Offers(ProductAction.RegisterEntry, round, own, OrganiserIds(round)));
        Assert.False(ProductAccess.Offers(ProductAction.Decide, round, own, OrganiserIds(round)));
    }

    /// <summary>The organisation ids of an officer of the round's organiser (in memory its id is 0).</summary>
    private static IReadOnlyCollection<int> OrganiserIds(ProductRound round) => [round.OrganiserId, OwnOrganisation];

    private static ClaimsPrincipal User(string id, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, role)], "test"));
}
