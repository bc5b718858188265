namespace KhuyenCong.Tests.Fuzz;

/// <summary>One bound field of one action: where it goes (route, query or form) and who may call the action.</summary>
public sealed record FuzzTarget(string Method, string RouteTemplate, string Field, bool InRoute, string? Account, string Action)
{
    public override string ToString() => $"{Method} {RouteTemplate} [{Field}] as {Account ?? "anonymous"} ({Action})";
}
