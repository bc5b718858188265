using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KhuyenCong.Data.Seeding;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>What a browser does with the portal's forms: fetch the antiforgery token, post the fields, follow cookies.</summary>
public static class PortalClientExtensions
{
    public const string TokenField = "__RequestVerificationToken";
    public const string LoginUrl = "/Account/Login";

    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument ParseHtml(string html) => Parser.ParseDocument(html);

    public static async Task<IHtmlDocument> ParseHtmlAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        return ParseHtml(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The antiforgery token of the first form on <paramref name="url"/>, valid for this client's cookie and user.</summary>
    public static async Task<string> GetFormTokenAsync(this HttpClient client, string url)
    {
        var document = await client.GetDocumentAsync(url);
        var input = document.QuerySelector($"input[name='{TokenField}']") as IHtmlInputElement;
        Assert.True(input is not null, $"No antiforgery token on {url}.");
        return input.Value;
    }

    /// <summary>
    /// POSTs form fields (names may repeat, e.g. several Roles). With <paramref name="tokenFromUrl"/>, the
    /// antiforgery token is taken from that page first; without it, the post carries no token.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFromUrl)
    {
        var all = fields.ToList();
        if (tokenFromUrl is not null) all.Add(new(TokenField, await client.GetFormTokenAsync(tokenFromUrl)));
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>Posts the sign-in form as a user would, whatever the outcome.</summary>
    public static Task<HttpResponseMessage> PostLoginAsync(
        this HttpClient client, string email, string password, string? returnUrl = null)
    {
        List<KeyValuePair<string, string>> fields = [new("Email", email), new("Password", password)];
        if (returnUrl is not null) fields.Add(new("ReturnUrl", returnUrl));
        return client.PostFormAsync(LoginUrl, fields, tokenFromUrl: LoginUrl);
    }

    /// <summary>Signs in and asserts the redirect that marks success; returns where it points.</summary>
    public static async Task<string> SignInAsync(this HttpClient client, string email, string password = DemoAccounts.Password)
    {
        var response = await client.PostLoginAsync(email, password);
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        return Expect.Location(response);
    }

    /// <summary>A token any signed-in page carries (the sign-out form in the header).</summary>
    public static Task<string> GetSignedInTokenAsync(this HttpClient client) => client.GetFormTokenAsync("/");
}
