using System.Security.Claims;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>A job as its writer sees it: who asked (as they are now), what they asked for, the signature.</summary>
public sealed record ExportRun(ClaimsPrincipal User, string Parameters, OfficialSignature Signature)
{
    private Dictionary<string, StringValues>? query;

    public string? Value(string name) =>
        (query ??= QueryHelpers.ParseQuery(Parameters)).TryGetValue(name, out var v) ? v.ToString() : null;

    public int? Int(string name) => int.TryParse(Value(name), out var v) ? v : null;

    /// <summary>An enum by name or number, as MVC binds it; null when absent or not a defined value.</summary>
    public T? Enum<T>(string name) where T : struct, Enum =>
        System.Enum.TryParse<T>(Value(name), ignoreCase: true, out var v) && System.Enum.IsDefined(v) ? v : null;
}
