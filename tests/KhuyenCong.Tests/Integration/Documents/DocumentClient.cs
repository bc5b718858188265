using System.Net;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Tests.Infrastructure;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>Drafting a document as the record page's button does.</summary>
public static class DocumentClient
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static Task<HttpResponseMessage> GenerateAsync(this HttpClient client, DocumentKind kind, int id,
        int? part = null)
    {
        List<KeyValuePair<string, string>> fields = [new("kind", kind.ToString()), new("id", id.ToString())];
        if (part is not null) fields.Add(new("part", part.Value.ToString()));
        return client.PostFormAsync("/Documents/Generate", fields, tokenFromUrl: "/");
    }

    /// <summary>The drafted file, asserting a .docx came back.</summary>
    public static async Task<byte[]> DraftAsync(this HttpClient client, DocumentKind kind, int id, int? part = null)
    {
        var response = await client.GenerateAsync(kind, id, part);
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal(DocxType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
