using AngleSharp.Html.Dom;
using OtpNet;

namespace KhuyenCong.Tests.Infrastructure;

/// <summary>What a user does on /Profile/TwoFactor with a phone: read the shown key, type the current code.</summary>
public static class AuthenticatorSetup
{
    public const string Page = "/Profile/TwoFactor";

    /// <summary>The key shown on the set-up page (base32) and the form's protected proposal.</summary>
    public static async Task<(string Key, string Pending)> ReadAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync(Page);
        var key = page.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return (key, ((IHtmlInputElement)page.QuerySelector("input[name='PendingKey']")!).Value);
    }

    public static string CodeFor(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string pending, string code) =>
        client.PostFormAsync("/Profile/EnableAuthenticator", [new("PendingKey", pending), new("Code", code)], tokenFromUrl: Page);

    /// <summary>Reads the key and confirms it with a right code: two-factor sign-in is on afterwards.</summary>
    public static async Task<HttpResponseMessage> EnrolAsync(HttpClient client)
    {
        var (key, pending) = await ReadAsync(client);
        return await ConfirmAsync(client, pending, CodeFor(key));
    }
}
