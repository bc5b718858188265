namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// A test that needs LibreOffice (<c>soffice</c>): skipped, with the reason, when it is absent; CI sets
/// <c>KC_REQUIRE_SOFFICE=1</c> (as <c>.ci/run</c> installs Debian's libreoffice-writer and -calc), so that a missing
/// LibreOffice fails there instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OfficeFactAttribute : FactAttribute
{
    public const string RequireVariable = "KC_REQUIRE_SOFFICE";

    public static string SofficePath { get; } =
        Environment.GetEnvironmentVariable("KC_SOFFICE_PATH") is { Length: > 0 } path ? path : "/usr/bin/soffice";

    public OfficeFactAttribute()
    {
        if (!File.Exists(SofficePath) && Environment.GetEnvironmentVariable(RequireVariable) != "1")
            Skip = $"{SofficePath} is missing: apt-get install libreoffice-writer libreoffice-calc, or set "
                + $"{RequireVariable}=1 to make this a failure.";
    }
}
