using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Every controller action of the running portal carries an access rule of its own: a named policy of
/// <see cref="Policies"/>, or a place on one of the two short lists below. A new action without a rule fails here,
/// instead of silently falling back to "any signed-in user".
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class AccessRuleTests(PortalFactory portal)
{
    /// <summary>Actions anyone may call without signing in ("Controller.Action"), each with its reason.</summary>
    private static readonly Dictionary<string, string> Anonymous = new(StringComparer.Ordinal)
    {
        ["Account.Login"] = "the sign-in form",
        ["Account.LoginWith2fa"] = "the second sign-in step, before the session cookie exists",
        ["Account.Logout"] = "signing out must work after the session has already expired",
        ["Account.AccessDenied"] = "where the cookie handler sends a refused request: answers 403",
        ["Home.Error"] = "the error page renders for everyone",
        ["Home.Status"] = "the status-code page (404, 429…) renders for everyone",
        ["Home.Language"] = "the language switch is on the sign-in page",
        ["Certificates.Index"] = "public registry of product certificates (DOMAIN §6)",
        ["Certificates.Check"] = "anyone checks a certificate number (DOMAIN §6)",
        ["Certificates.Details"] = "a certificate's public page (DOMAIN §6)",
        ["CertificatesApi.Get"] = "the public certificate check, as JSON",
    };

    /// <summary>Endpoints outside MVC that answer without signing in (route pattern), each with its reason.</summary>
    private static readonly Dictionary<string, string> AnonymousEndpoints = new(StringComparer.Ordinal)
    {
        ["/healthz"] = "the load balancer's health probe",
    };

    /// <summary>
    /// Actions for any signed-in user, whatever the role: only the global fallback policy guards them.
    /// </summary>
    private static readonly Dictionary<string, string> AnySignedIn = new(StringComparer.Ordinal)
    {
        ["Home.Index"] = "the home page: each user's own roles, duties and waiting work",
        ["Profile.ChangePassword"] = "one's own password",
        ["Profile.ChangeEmail"] = "one's own e-mail address",
        ["Profile.TwoFactor"] = "one's own authenticator",
        ["Profile.EnableAuthenticator"] = "one's own authenticator",
        ["Profile.DisableTwoFactor"] = "one's own authenticator",
        ["Profile.RecoveryCodes"] = "one's own recovery codes",
        ["Notifications.Index"] = "one's own notifications (another user's answers 404)",
        ["Notifications.MarkRead"] = "one's own notifications (another user's answers 404)",
        ["Notifications.MarkAllRead"] = "one's own notifications",
        ["Notifications.Settings"] = "one's own e-mail preference",
        ["Organisations.Index"] = "the directory of organisations in the user's scope; upkeep needs Administration",
        ["Organisations.Details"] = "an organisation of the directory, inside the user's scope (else 404)",
        ["AdminUnits.Index"] = "administrative units are reference data every user's records refer to",
        ["AdminUnits.Details"] = "administrative units are reference data every user's records refer to",
        ["AdminUnitsApi.Provinces"] = "the provinces valid on a date, for forms of every role",
    };

    [Fact]
    public void EveryAction_HasAnAccessRule()
    {
        var offending = new List<string>();
        foreach (var action in Actions())
        {
            var key = Key(action);
            var metadata = action.EndpointMetadata;
            var authorize = metadata.OfType<IAuthorizeData>().ToList();
            foreach (var roles in authorize.Where(a => !string.IsNullOrEmpty(a.Roles)).Select(a => a.Roles))
                offending.Add($"{key}: [Authorize(Roles = \"{roles}\")] instead of a named policy");
            foreach (var unknown in authorize.Select(a => a.Policy).Where(p => p is not null && !IsRolePolicy(p)))
                offending.Add($"{key}: policy '{unknown}' is not a role policy of Policies.cs");

            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                if (!Anonymous.ContainsKey(key)) offending.Add($"{key}: [AllowAnonymous], not on the anonymous list");
            }
            else if (!authorize.Any(a => a.Policy is { } p && IsRolePolicy(p)) && !AnySignedIn.ContainsKey(key))
            {
                offending.Add($"{key}: no [Authorize(Policy = Policies.X)] and not on the any-signed-in list");
            }
        }

        Assert.True(offending.Count == 0,
            "Actions without an access rule:\n" + string.Join("\n", offending.Distinct()));
    }

    [Fact]
    public void AllowLists_NameExistingActionsOfTheirKind()
    {
        var actions = Actions().GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var stale = new List<string>();
        foreach (var key in Anonymous.Keys)
        {
            if (!actions.TryGetValue(key, out var found)) stale.Add($"{key}: anonymous entry, no such action");
            else if (!found.All(a => a.EndpointMetadata.OfType<IAllowAnonymous>().Any()))
                stale.Add($"{key}: on the anonymous list but requires sign-in");
        }
        foreach (var key in AnySignedIn.Keys)
        {
            if (!actions.TryGetValue(key, out var found)) stale.Add($"{key}: any-signed-in entry, no such action");
            else if (found.Any(a => a.EndpointMetadata.OfType<IAuthorizeData>().Any(d => d.Policy is not null)))
                stale.Add($"{key}: on the any-signed-in list but carries a policy: take it off the list");
        }

        Assert.True(stale.Count == 0, "Stale allow-list entries:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void EveryAnonymousEndpointOutsideMvc_IsOnTheList()
    {
        using var client = portal.CreateClient();
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is null)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .ToList();

        var unlisted = endpoints.Where(p => !AnonymousEndpoints.ContainsKey(p)).ToList();

        Assert.True(unlisted.Count == 0, "Anonymous endpoints not on the list:\n" + string.Join("\n", unlisted));
        Assert.All(AnonymousEndpoints.Keys, pattern => Assert.Contains(pattern, endpoints));
    }

    private IEnumerable<ControllerActionDescriptor> Actions()
    {
        var actions = portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<ControllerActionDescriptor>().ToList();
        Assert.NotEmpty(actions);
        return actions.OrderBy(Key, StringComparer.Ordinal);
    }

    private static string Key(ControllerActionDescriptor action) => $"{action.ControllerName}.{action.ActionName}";

    private static bool IsRolePolicy(string policy) => Policies.RoleBased.Contains(policy);
}
