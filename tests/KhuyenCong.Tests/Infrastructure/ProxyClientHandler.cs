namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// A browser behind a TLS-terminating proxy, as the portal sees it: with <paramref name="proto"/>, the proxy's
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> headers; cookies kept and sent back whatever their Secure
/// flag (the browser's side of the proxy is HTTPS, the hop to the portal plain HTTP).
/// </summary>
public sealed class ProxyClientHandler(string? proto) : DelegatingHandler
{
    private readonly Dictionary<string, string> _cookies = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
            request.Headers.Add("X-Forwarded-For", "198.51.100.23");
        }
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await base.SendAsync(request, ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var pair in values.Select(v => v.Split(';')[0].Split('=', 2)))
            {
                if (pair[1].Length == 0) _cookies.Remove(pair[0]);
                else _cookies[pair[0]] = pair[1];
            }
        }
        return response;
    }

    /// <summary>A client of a portal on a real port: no redirects followed, cookies handled here.</summary>
    public static HttpClient ClientFor(Uri address, string? proto, string? host = null)
    {
        var client = new HttpClient(new ProxyClientHandler(proto)
        {
            InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false },
        })
        { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        if (host is not null) client.DefaultRequestHeaders.Host = host;
        return client;
    }
}
