using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using KhuyenCong.Data.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Fuzz;

/// <summary>
/// Every bound field of every controller action, read from the running portal (its action descriptors, their
/// parameters and the view models' properties), with a demo account that holds the roles the action requires.
/// </summary>
public static partial class FuzzTargets
{
    public static async Task<IReadOnlyList<FuzzTarget>> FromAsync(IServiceProvider services)
    {
        var actions = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>();
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var targets = new List<FuzzTarget>();
        foreach (var action in actions.OrderBy(a => a.DisplayName, StringComparer.Ordinal))
        {
            var account = await AccountForAsync(action, policies);
            var methods = action.ActionConstraints?.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>()
                .SelectMany(c => c.HttpMethods).ToList() is { Count: > 0 } declared ? declared : [HttpMethods.Get, HttpMethods.Post];
            var template = action.AttributeRouteInfo?.Template is { } t ? "/" + t : $"/{action.ControllerName}/{action.ActionName}";
            var routeParameters = RouteParameter().Matches(template).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var fields = action.Parameters.SelectMany(p => FieldsOf(p)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            // An action without bound fields is still called once with junk query and form fields.
            if (fields.Count == 0) fields.Add("junk");
            foreach (var method in methods.Where(m => m is "GET" or "POST"))
            foreach (var field in fields)
                targets.Add(new FuzzTarget(method, template, field, routeParameters.Contains(field), account, action.DisplayName ?? ""));
        }
        return targets;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(:[^}?]*)?\??\}")]
    public static partial Regex RouteParameter();

    /// <summary>The demo account whose role satisfies every role requirement of the action; null for anonymous actions.</summary>
    private static async Task<string?> AccountForAsync(ControllerActionDescriptor action, IAuthorizationPolicyProvider policies)
    {
        var metadata = action.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any()) return null;
        var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>().ToList(), metadata.OfType<AuthorizationPolicy>().ToList());
        var roleSets = policy?.Requirements.OfType<RolesAuthorizationRequirement>().Select(r => r.AllowedRoles.ToHashSet()).ToList() ?? [];
        return DemoAccounts.All.FirstOrDefault(a => roleSets.All(s => s.Contains(a.Role)))?.Email ?? DemoAccounts.Admin;
    }

    private static IEnumerable<string> FieldsOf(ParameterDescriptor parameter)
    {
        var source = parameter.BindingInfo?.BindingSource;
        if (source is not null && (source == BindingSource.Services || source == BindingSource.Special || source == BindingSource.Body)) return [];
        if (parameter.ParameterType == typeof(CancellationToken)) return [];
        var name = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
        return FieldsOf(parameter.ParameterType, name, depth: 0, isParameter: true);
    }

    private static IEnumerable<string> FieldsOf(Type type, string name, int depth, bool isParameter)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (IsSimple(underlying)) return [name];
        if (typeof(IFormFile).IsAssignableFrom(underlying) || typeof(IFormFileCollection).IsAssignableFrom(underlying)) return [];
        if (underlying != typeof(string) && typeof(IEnumerable).IsAssignableFrom(underlying))
        {
            var element = underlying.IsArray ? underlying.GetElementType()! : underlying.GetGenericArguments().FirstOrDefault() ?? typeof(object);
            return IsSimple(Nullable.GetUnderlyingType(element) ?? element) ? [name] : FieldsOf(element, name + "[0]", depth + 1, false);
        }
        if (depth > 2 || !underlying.IsClass) return [];
        // A view model parameter binds its properties without a prefix.
        var prefix = isParameter ? "" : name + ".";
        return underlying.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .SelectMany(p => FieldsOf(p.PropertyType, prefix + p.Name, depth + 1, false));
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(Guid) || type == typeof(KhuyenCong.Domain.Common.Vnd);
}
