using System.Security.Claims;
using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// Every permission of the portal, by name, in one place. Each role set of DOMAIN §3 is a named policy: controllers
/// carry <c>[Authorize(Policy = Policies.X)]</c>, and code that shows, hides or counts by role asks
/// <see cref="Allows(ClaimsPrincipal, string)"/>, which reads the same sets. Administrators keep the system
/// (accounts, organisations, audit log) and are deliberately in no business-data set.
/// </summary>
public static class Policies
{
    /// <summary>Accounts, the upkeep of organisations, the audit log: administrators.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>
    /// Reading the business registers (budget, plans, programmes, caps, projects, inbox, dashboard, reports,
    /// establishments, commendations): officers and leaders. Council members score products and read none of them.
    /// </summary>
    public const string BusinessReaders = nameof(BusinessReaders);

    /// <summary>Opening product rounds: business readers, and council members (the rounds they score).</summary>
    public const string ProductReaders = nameof(ProductReaders);

    /// <summary>
    /// Entering business data (establishments, product rounds and entries, project attachments and contracts):
    /// ministry, department and local officers; leaders only read.
    /// </summary>
    public const string Officers = nameof(Officers);

    /// <summary>
    /// Keeping plans, allocations, programmes, support caps and commendations: ministry and department officers.
    /// </summary>
    public const string MinistryOrDepartmentOfficers = nameof(MinistryOrDepartmentOfficers);

    /// <summary>
    /// Drafting and submitting projects, organising local product rounds: local and department officers.
    /// </summary>
    public const string LocalOrDepartmentOfficers = nameof(LocalOrDepartmentOfficers);

    /// <summary>Province-level work such as importing projects from a spreadsheet: department officers.</summary>
    public const string DepartmentOfficer = nameof(DepartmentOfficer);

    /// <summary>Scoring the product entries assigned to them: council members.</summary>
    public const string CouncilMember = nameof(CouncilMember);

    /// <summary>
    /// The ministry's own steps of the yearly cycle (registration rounds, appraisal council, plan decision).
    /// </summary>
    public const string MinistryOfficer = nameof(MinistryOfficer);

    /// <summary>The KCQG project appraisal councils: the ministry that runs them and the members who score.</summary>
    public const string ProjectAppraisers = nameof(ProjectAppraisers);

    /// <summary>
    /// The KCQG registration rounds (DOMAIN §11): ministry and department officers, who send and consolidate the
    /// packages, and leaders, who read them. Local officers take no part in the ministry–province registration.
    /// </summary>
    public const string RegistrationReaders = nameof(RegistrationReaders);

    /// <summary>
    /// "Việc cần xử lý" (the inbox): business readers, and council members, whose work is the entries and projects
    /// they score (issue 15).
    /// </summary>
    public const string TaskReaders = nameof(TaskReaders);

    /// <summary>Resource-based: the record's unit is inside the user's scope (else the record answers 404).</summary>
    public const string InScope = nameof(InScope);

    /// <summary>Commune-level work such as organising a commune's product round: local officers.</summary>
    public const string LocalOfficer = nameof(LocalOfficer);

    private static readonly string[] OfficerRoles =
        [RoleNames.MinistryOfficer, RoleNames.DepartmentOfficer, RoleNames.LocalOfficer];
    private static readonly string[] BusinessReaderRoles = [.. OfficerRoles, RoleNames.Leader];

    private static readonly Dictionary<string, string[]> RoleSets = new(StringComparer.Ordinal)
    {
        [Administration] = [RoleNames.Administrator],
        [BusinessReaders] = BusinessReaderRoles,
        [ProductReaders] = [.. BusinessReaderRoles, RoleNames.CouncilMember],
        [Officers] = OfficerRoles,
        [MinistryOrDepartmentOfficers] = [RoleNames.MinistryOfficer, RoleNames.DepartmentOfficer],
        [LocalOrDepartmentOfficers] = [RoleNames.LocalOfficer, RoleNames.DepartmentOfficer],
        [DepartmentOfficer] = [RoleNames.DepartmentOfficer],
        [CouncilMember] = [RoleNames.CouncilMember],
        [MinistryOfficer] = [RoleNames.MinistryOfficer],
        [ProjectAppraisers] = [RoleNames.MinistryOfficer, RoleNames.CouncilMember],
        [RegistrationReaders] = [RoleNames.MinistryOfficer, RoleNames.DepartmentOfficer, RoleNames.Leader],
        [TaskReaders] = [.. BusinessReaderRoles, RoleNames.CouncilMember],
        [LocalOfficer] = [RoleNames.LocalOfficer],
    };

    /// <summary>The names of the role-based policies (every policy but <see cref="InScope"/>).</summary>
    public static IReadOnlyCollection<string> RoleBased => RoleSets.Keys;

    /// <summary>The roles that satisfy a role-based policy (any one of them suffices).</summary>
    public static IReadOnlyList<string> RolesOf(string policy) =>
        RoleSets.TryGetValue(policy, out var roles)
            ? roles
            : throw new ArgumentException($"'{policy}' is not a role-based policy.", nameof(policy));

    /// <summary>Whether the user holds a role of the policy: what <c>[Authorize(Policy = ...)]</c> answers.</summary>
    public static bool Allows(ClaimsPrincipal user, string policy) => RolesOf(policy).Any(user.IsInRole);

    /// <summary>Whether one of the role names (e.g. read from the user store) belongs to the policy.</summary>
    public static bool Allows(IEnumerable<string> roles, string policy) => roles.Any(RolesOf(policy).Contains);

    /// <summary>
    /// Who keeps a record of one level (a plan of a fund, a programme, a support cap): the national one the ministry
    /// officer, a province's its department officer.
    /// </summary>
    public static string KeepersOf(bool national) => national ? MinistryOfficer : DepartmentOfficer;

    public static IServiceCollection AddKhuyenCongAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<AdministrativeUnitGraphCache>();
        services.AddScoped<IUserScopeProvider, UserScopeProvider>();
        services.AddScoped<IAuthorizationHandler, InScopeHandler>();
        services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, EndedOrganisationClaims>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RoleRefusalResultHandler>();
        var builder = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(InScope, policy => policy.AddRequirements(new InScopeRequirement()));
        foreach (var (name, roles) in RoleSets) builder.AddPolicy(name, policy => policy.RequireRole(roles));
        return services;
    }
}
