using System.Reflection;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Names the reference data a build would seed: the module version ids of this assembly (the seeders, their default
/// entries and the embedded statistics office lists) and of the domain (role names, the entities' rules). A
/// deterministic build gives the same id for the same sources, so the fingerprint changes exactly when a release
/// could seed something new; no version number to remember to bump.
/// </summary>
public static class ReferenceFingerprint
{
    public static string Current { get; } = Of(typeof(ReferenceFingerprint).Assembly, typeof(RoleNames).Assembly);

    private static string Of(params Assembly[] assemblies) =>
        string.Join("/", assemblies.Select(a => a.ManifestModule.ModuleVersionId.ToString("N")));
}
