using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Infrastructure.Excel;

namespace KhuyenCong.Tests.Integration;

/// <summary>Spreadsheet uploads are judged on the raw package, before ClosedXML inflates them.</summary>
public sealed class SpreadsheetGuardTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Workbook =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
        "<sheets><sheet name=\"Đề án\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    private const string Relationships =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

    /// <summary>An .xlsx-shaped package whose first sheet is <paramref name="writeSheet"/>'s output.</summary>
    private static byte[] Package(Action<Stream> writeSheet)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Text(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            Text("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Text("xl/workbook.xml", Workbook);
            Text("xl/_rels/workbook.xml.rels", Relationships);
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            writeSheet(sheet);
        }
        return buffer.ToArray();
    }

    /// <summary>About 1 MB that inflates to about 1 GB: one row, then a sea of spaces (valid XML whitespace).</summary>
    private static byte[] ZipBomb() => Package(sheet =>
    {
        sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var i = 0; i < 1024; i++) sheet.Write(spaces);
        sheet.Write("</sheetData></worksheet>"u8);
    });

    private static byte[] ManyRows(int rows) => Package(sheet =>
    {
        using var writer = new StreamWriter(sheet, new UTF8Encoding(false), 65536, leaveOpen: true);
        writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 1; r <= rows; r++) writer.Write($"<row r=\"{r}\"><c r=\"A{r}\"><v>1</v></c></row>");
        writer.Write("</sheetData></worksheet>");
    });

    /// <summary>The same bomb with every declared uncompressed size rewritten to 1 KB: the sizes lie, the reading must not trust them.</summary>
    private static byte[] LyingSizes(byte[] package)
    {
        var bytes = (byte[])package.Clone();
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), 1024);
            else if (signature == 0x02014b50) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), 1024);
        }
        return bytes;
    }

    private static readonly Lazy<byte[]> Bomb = new(ZipBomb);

    [Fact]
    public void Check_ZipBomb_RefusedQuicklyWithBoundedMemory()
    {
        var bomb = Bomb.Value;
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"{bomb.Length} bytes");
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var refusal = SpreadsheetGuard.Check(new MemoryStream(bomb), 500);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.ElapsedMilliseconds} ms");
        Assert.Equal(SpreadsheetGuard.TooBig, refusal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16 * 1024 * 1024, "allocated too much");
    }

    [Fact]
    public void Check_DeclaredSizesLie_RefusedWhileReading()
    {
        var clock = Stopwatch.StartNew();
        var refusal = SpreadsheetGuard.Check(new MemoryStream(LyingSizes(Bomb.Value)), 500);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.ElapsedMilliseconds} ms");
        Assert.NotNull(refusal);
    }

    [Fact]
    public void Check_Template_Accepted()
    {
        Assert.Null(SpreadsheetGuard.Check(new MemoryStream(KhuyenCong.Web.Features.Projects.ProjectImporter.Template()), 500));
    }

    [Fact]
    public async Task Import_ZipBomb_FormWithMessageInUnderASecond()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var token = await client.GetFormTokenAsync("/ProjectImport");
        var clock = Stopwatch.StartNew();

        var response = await client.PostAsync("/ProjectImport", Upload(token, Bomb.Value));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.ElapsedMilliseconds} ms");
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("quá lớn khi giải nén", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_HundredThousandRows_RefusedByCountBeforeParsing()
    {
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.HoaBinhDepartment);
        var token = await client.GetFormTokenAsync("/ProjectImport");
        var file = ManyRows(100_001);
        var clock = Stopwatch.StartNew();

        var response = await client.PostAsync("/ProjectImport", Upload(token, file));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.ElapsedMilliseconds} ms");
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Tệp có 100000 dòng; mỗi lần nhập tối đa 500 đề án.", await response.Content.ReadAsStringAsync());
    }

    private static MultipartFormDataContent Upload(string token, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { new StringContent(token), PortalClientExtensions.TokenField }, { file, "file", "de-an.xlsx" } };
    }
}
