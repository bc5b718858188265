using System.Security.Claims;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Who sees and who runs product rounds, in the shape of the projects' access (docs/ACCESS.md): scope from
/// <see cref="ScopeQueryExtensions"/> (404), then <see cref="Rules"/>, one table of which role, in which relation to
/// the round, takes each step (403), then the round's state (<see cref="ProductRound.AllowedSteps"/>, 409) and the
/// step's own rules in the domain. The controllers check <see cref="MayTake"/>, the pages show a step's form by
/// <see cref="Offers"/>, and the council's task list counts by the same table.
/// </summary>
public static class ProductAccess
{
    /// <param name="Policy">The role set (Policies.cs) the user must hold.</param>
    /// <param name="Actor">Their relation to the round or record.</param>
    public sealed record Rule(string Policy, ProductActor Actor);

    public static readonly IReadOnlyDictionary<ProductAction, Rule> Rules = new Dictionary<ProductAction, Rule>
    {
        [ProductAction.AssignMember] = Organiser,
        [ProductAction.SetNominationQuota] = Organiser,
        [ProductAction.StartScoring] = Organiser,
        [ProductAction.RecordQuorumException] = Organiser,
        [ProductAction.Decide] = Organiser,
        [ProductAction.IssueCertificates] = Organiser,
        [ProductAction.Close] = Organiser,
        [ProductAction.DecideEligibility] = Organiser,
        [ProductAction.IssueCertificate] = Organiser,
        [ProductAction.ReturnNomination] = Organiser,
        [ProductAction.AcceptNomination] = Organiser,
        [ProductAction.RegisterEntry] = new(Policies.Officers, ProductActor.Officer),
        [ProductAction.EditEntry] = new(Policies.Officers, ProductActor.Officer),
        [ProductAction.AttachFile] = new(Policies.Officers, ProductActor.Officer),
        [ProductAction.Score] = new(Policies.CouncilMember, ProductActor.Member),
        [ProductAction.Recuse] = new(Policies.CouncilMember, ProductActor.Member),
        [ProductAction.SendNomination] = new(Policies.Officers, ProductActor.Nominator),
    };

    /// <summary>
    /// The levels of round each role set may open, in the order the form offers them (the last is its default).
    /// Whether the user's organisation may hold the level on the round's date is the domain's rule (Circular 38).
    /// </summary>
    public static readonly IReadOnlyList<(string Policy, RoundLevel[] Levels)> RoundLevelsByPolicy =
    [
        (Policies.LocalOfficer, [RoundLevel.Local]),
        (Policies.DepartmentOfficer, [RoundLevel.Provincial]),
        (Policies.MinistryOfficer, [RoundLevel.Regional, RoundLevel.National]),
    ];

    /// <summary>The 403 reason per relation, a resource key.</summary>
    public static string RefusalOf(ProductAction action) => Rules[action].Actor switch
    {
        ProductActor.Organiser => "Chỉ đơn vị tổ chức vòng bình chọn thực hiện bước này.",
        ProductActor.Member => "Bạn không phải thành viên hội đồng của vòng bình chọn này.",
        ProductActor.Nominator => "Chỉ đơn vị đề cử gửi và sửa hồ sơ đề cử này.",
        _ => "Bạn không có quyền thực hiện bước này.",
    };

    /// <summary>
    /// Whether the user may take the step on the round (the entry or package being in their scope is checked before,
    /// when loaded). <paramref name="organisationIds"/>: the user's organisation and the ended ones it succeeds;
    /// <paramref name="nominatorId"/>: the package's nominating organisation, for a nominator's step.
    /// </summary>
    public static bool MayTake(ProductAction action, ProductRound round, ClaimsPrincipal user,
        IReadOnlyCollection<int> organisationIds, int? nominatorId = null)
    {
        var rule = Rules[action];
        if (!Policies.Allows(user, rule.Policy)) return false;
        return rule.Actor switch
        {
            ProductActor.Organiser => IsOrganiser(round, user, organisationIds),
            ProductActor.Member => round.IsMember(UserId(user)),
            ProductActor.Nominator => nominatorId is { } id && organisationIds.Contains(id),
            _ => true,
        };
    }

    /// <summary>What a page offers: the user may take the step and the round's state allows it now.</summary>
    public static bool Offers(ProductAction action, ProductRound round, ClaimsPrincipal user,
        IReadOnlyCollection<int> organisationIds, int? nominatorId = null) =>
        round.Allows(action) && MayTake(action, round, user, organisationIds, nominatorId);

    /// <summary>Officers and leaders: they see rounds by scope, not by membership.</summary>
    public static bool IsOfficerOrReader(ClaimsPrincipal user) => Policies.Allows(user, Policies.BusinessReaders);

    public static bool IsCouncilOnly(ClaimsPrincipal user) =>
        Policies.Allows(user, Policies.CouncilMember) && !IsOfficerOrReader(user);

    public static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>
    /// The rounds the user sees: a council member who is nothing else those they are assigned to; officers and
    /// leaders those of their scope (<see cref="ScopeQueryExtensions.InScope(IQueryable{ProductRound}, UnitScope)"/>).
    /// </summary>
    public static IQueryable<ProductRound> Visible(
        this IQueryable<ProductRound> rounds, ClaimsPrincipal user, UnitScope scope)
    {
        if (!IsCouncilOnly(user)) return rounds.InScope(scope);
        var userId = UserId(user);
        return rounds.Where(r => r.Members.Any(m => m.UserId == userId));
    }

    /// <summary>One round: the same rule as <see cref="Visible"/>.</summary>
    public static bool CanSee(ProductRound round, ClaimsPrincipal user, UnitScope scope) =>
        IsCouncilOnly(user) ? round.IsMember(UserId(user)) : scope.Includes(round);

    /// <summary>
    /// Entries of a visible round: council members assigned to it see all, officers those of their scope.
    /// </summary>
    public static IQueryable<ProductEntry> VisibleIn(
        this IQueryable<ProductEntry> entries, ProductRound round, ClaimsPrincipal user, UnitScope scope)
    {
        entries = entries.Where(e => e.RoundId == round.Id);
        return round.IsMember(UserId(user)) ? entries : entries.InScope(scope);
    }

    /// <summary>One entry: the same rule as <see cref="VisibleIn"/>.</summary>
    public static bool CanSee(ProductEntry entry, ProductRound round, ClaimsPrincipal user, UnitScope scope) =>
        CanSee(round, user, scope) && (round.IsMember(UserId(user)) || scope.Includes(entry));

    /// <summary>
    /// The organiser runs the round: ministry officers for regional and national rounds, the organising unit's
    /// officers otherwise, and, once it has ended, the officers of its successors (DOMAIN §10).
    /// </summary>
    /// <param name="organisationIds">The user's organisation and the ended organisations it succeeds.</param>
    public static bool CanManage(ProductRound round, ClaimsPrincipal user, IReadOnlyCollection<int> organisationIds) =>
        MayTake(ProductAction.Decide, round, user, organisationIds);

    public static int OrganisationId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AppClaims.OrganisationId), out var id) ? id : 0;

    private static Rule Organiser => new(Policies.Officers, ProductActor.Organiser);

    /// <summary>The role the round's level asks of its organiser's officers (Policies.cs role sets).</summary>
    private static bool IsOrganiser(ProductRound round, ClaimsPrincipal user,
        IReadOnlyCollection<int> organisationIds) =>
        round.Level switch
        {
            RoundLevel.National or RoundLevel.Regional => Policies.Allows(user, Policies.MinistryOfficer),
            RoundLevel.Provincial => Policies.Allows(user, Policies.DepartmentOfficer)
                                     && organisationIds.Contains(round.OrganiserId),
            _ => Policies.Allows(user, Policies.LocalOrDepartmentOfficers)
                 && organisationIds.Contains(round.OrganiserId),
        };
}
