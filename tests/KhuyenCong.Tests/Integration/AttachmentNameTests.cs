using System.Net;
using System.Net.Http.Headers;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>An uploaded file's name is stored normalised, whatever the browser sent.</summary>
public sealed class AttachmentNameTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> HostileNames() =>
    [
        "..\\..\\App_Data\\khuyencong.db.pdf",
        "hoa-don\u202Efdp.exe",
        "x\u2066\u200Fy/z.pdf",
        new string('x', 5000) + ".pdf",
    ];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task Upload_HostileName_StoredNormalised(string fileName)
    {
        var id = await portal.ProjectIdAsync("KCQG-2021-HBH-002");
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var token = await client.GetFormTokenAsync($"/Projects/Details/{id}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), PortalClientExtensions.TokenField);
        var file = new ByteArrayContent("%PDF-1.4\n% demo\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);

        var response = await client.PostAsync($"/ProjectAttachments/Upload?projectId={id}", form);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var stored = await portal.WithDbAsync(db => db.ProjectAttachments.Where(a => a.ProjectId == id).OrderByDescending(a => a.Id).Select(a => a.FileName).FirstAsync());
        Assert.True(stored.Length <= 200, $"{stored.Length} characters");
        Assert.DoesNotContain('\\', stored);
        Assert.DoesNotContain('/', stored);
        Assert.False(stored.Any(c => c is '\u202E' or '\u2066' or '\u200F'), stored);
        if (fileName.EndsWith(".pdf", StringComparison.Ordinal)) Assert.EndsWith(".pdf", stored, StringComparison.Ordinal);
    }
}
