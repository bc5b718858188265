namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// One portal shared by the test classes that only read, or whose changes (a sign-out, a refused request)
/// touch nothing another test looks at. Tests that lock, edit or fail sign-ins use a portal of their own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortalFactory>
{
    public const string Name = "Shared portal";
}
