using AngleSharp.Html.Dom;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Production;

/// <summary>
/// Follows a signed-in user's links as they would click them: from the home page, breadth first, same-origin GETs
/// only (never sign-out), a bounded number of pages. Returns every page that answered 5xx.
/// </summary>
public static class MenuCrawler
{
    public static async Task<(int Visited, List<string> ServerErrors)> CrawlAsync(HttpClient client, int maxPages = 60, int maxDepth = 2)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/" };
        var queue = new Queue<(string Url, int Depth)>([("/", 0)]);
        var errors = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < maxPages)
        {
            var (url, depth) = queue.Dequeue();
            using var response = await client.GetAsync(url);
            // Read to the end: a broken response (e.g. an aborted connection) fails the test here.
            var body = await response.Content.ReadAsStringAsync();
            visited++;
            if ((int)response.StatusCode >= 500) errors.Add($"{(int)response.StatusCode} {url}");
            if (depth >= maxDepth || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            foreach (var link in PortalClientExtensions.ParseHtml(body).QuerySelectorAll("a[href]").OfType<IHtmlAnchorElement>())
            {
                var href = link.GetAttribute("href")!;
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal)) continue;
                var path = href.Split('#')[0];
                if (path.Length == 0 || path.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase)) continue;
                if (seen.Add(path)) queue.Enqueue((path, depth + 1));
            }
        }
        return (visited, errors);
    }
}
