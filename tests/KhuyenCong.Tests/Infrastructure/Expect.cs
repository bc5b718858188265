using System.Net;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>Assertions on responses whose failure message shows what the portal answered instead.</summary>
public static class Expect
{
    public static async Task StatusAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode == expected) return;
        var body = await response.Content.ReadAsStringAsync();
        Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected} {expected}, " +
                    $"got {(int)response.StatusCode} {response.StatusCode} (Location: {response.Headers.Location}).\n" +
                    body[..Math.Min(body.Length, 2000)]);
    }

    /// <summary>A 2xx or 3xx answer: the portal accepted the request.</summary>
    public static async Task AcceptedAsync(HttpResponseMessage response)
    {
        if ((int)response.StatusCode < 400) return;
        await StatusAsync(HttpStatusCode.Redirect, response);
    }

    /// <summary>The redirect target as path and query, whether the portal wrote it absolute or relative.</summary>
    public static string Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        Assert.NotNull(location);
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
