using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration;

/// <summary>Bad input on the wire: every answer has a valid status line and a page, never an aborted connection.</summary>
public sealed class BadInputKestrelTests(KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Theory]
    [InlineData("/Home/Status/1")]
    [InlineData("/Home/Status/99999")]
    [InlineData("/Home/Status/200")]
    [InlineData("/Home/Status/-5")]
    public async Task Status_UnknownCode_WritesValid404StatusLine(string path)
    {
        var statusLine = await RawStatusLineAsync(portal, path);
        Assert.Equal("HTTP/1.1 404 Not Found", statusLine);
    }

    [Theory]
    [InlineData("/api/v1/projects/%00")]
    [InlineData("/Establishments?q=%00")]
    [InlineData("/Account/Login?ReturnUrl=%00%0d%0a")]
    public async Task AnyPage_NulInAddress_AnswersWithValidStatusLine(string path)
    {
        var statusLine = await RawStatusLineAsync(portal, path);
        Assert.Matches(@"^HTTP/1\.1 [1-5]\d\d [A-Za-z ]+$", statusLine);
        Assert.DoesNotMatch(@"^HTTP/1\.1 5", statusLine);
    }

    [Fact]
    public async Task Status_KnownCode_WritesThatCode()
    {
        Assert.Equal("HTTP/1.1 409 Conflict", await RawStatusLineAsync(portal, "/Home/Status/409"));
    }

    [Fact]
    public async Task Login_NulInEmail_Answers400WithTheFormAndItsValues()
    {
        using var client = portal.CreateNetworkClient();
        var response = await client.PostFormAsync(PortalClientExtensions.LoginUrl,
            [new("Email", "ai\0@khuyencong.local"), new("Password", "x\u0001y")], tokenFromUrl: PortalClientExtensions.LoginUrl);
        await Expect.StatusAsync(HttpStatusCode.BadRequest, response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("có ký tự không hợp lệ (ký tự điều khiển)", html);
        Assert.Contains("value=\"ai@khuyencong.local\"", html);
    }

    [Fact]
    public async Task AttachmentUpload_OverLimit_Answers413SayingTheLimit()
    {
        using var client = portal.CreateNetworkClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var token = await client.GetSignedInTokenAsync();
        var response = await client.PostAsync("/ProjectAttachments/Upload?projectId=1", Multipart(token, 12 * 1024 * 1024, "big.pdf"));
        await Expect.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response);
        Assert.Contains("tối đa 10 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProjectImport_OverLimit_Answers413SayingTheLimit()
    {
        using var client = portal.CreateNetworkClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var token = await client.GetFormTokenAsync("/ProjectImport");
        var response = await client.PostAsync("/ProjectImport", Multipart(token, 6_500_000, "de-an.xlsx"));
        await Expect.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response);
        Assert.Contains("tối đa 5 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProjectImport_OverLimitWithoutContentLength_Answers413()
    {
        using var client = portal.CreateNetworkClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var token = await client.GetFormTokenAsync("/ProjectImport");
        var content = Multipart(token, 6_500_000, "de-an.xlsx");
        // Chunked: the limit is met while reading, not known in advance.
        var request = new HttpRequestMessage(HttpMethod.Post, "/ProjectImport") { Content = new StreamContent(await content.ReadAsStreamAsync()) };
        request.Content.Headers.ContentType = content.Headers.ContentType;
        request.Headers.TransferEncodingChunked = true;
        var response = await client.SendAsync(request);
        await Expect.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response);
        Assert.Contains("tối đa 5 MB", await response.Content.ReadAsStringAsync());
    }

    private static MultipartFormDataContent Multipart(string token, int size, string fileName)
    {
        var bytes = new byte[size];
        "%PDF-"u8.CopyTo(bytes);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent
        {
            { new StringContent(token), PortalClientExtensions.TokenField },
            { file, "file", fileName },
        };
    }

    internal static async Task<string> RawStatusLineAsync(KestrelPortalFactory portal, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(portal.ServerAddress.Host, portal.ServerAddress.Port);
        await using var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync() ?? "";
    }
}
