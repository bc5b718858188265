namespace KhuyenCong.BrowserTests.Infrastructure;

/// <summary>A test that needs Chromium: skipped, with the reason, when the browser is absent and not required.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason)
            Skip = reason;
    }
}
