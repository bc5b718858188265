using System.IO.Compression;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// Recognises Word and Excel files by content, not by name: the Office Open XML formats are ZIP packages
/// with a [Content_Types].xml and a word/ or xl/ part; the older .doc/.xls are OLE compound files.
/// </summary>
public static class OfficeFileSniffer
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static string? Sniff(byte[] content)
    {
        if (content.Length >= 8 && content.AsSpan(0, 8).SequenceEqual(Ole))
            return "application/octet-stream";
        if (content.Length < 4 || content[0] != 0x50 || content[1] != 0x4B || content[2] != 0x03 || content[3] != 0x04) return null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            if (zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)))
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
