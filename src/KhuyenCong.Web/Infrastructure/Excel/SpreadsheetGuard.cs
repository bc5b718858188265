using System.IO.Compression;
using System.Xml;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// Checks an uploaded .xlsx before ClosedXML opens it. ClosedXML inflates every part into memory: a 1 MB zip bomb
/// grew the server to 2.5 GB, and a 228 KB file of a million rows cost 26 s of CPU before any row count was
/// known. Here the package is opened as a plain ZIP and every part is inflated once through a counting stream
/// (declared sizes can lie), under limits on entries, total size and compression ratio, while the worksheets'
/// XML is streamed to count rows and cells. Memory stays bounded and a bomb is refused in milliseconds.
/// </summary>
public static class SpreadsheetGuard
{
    public const int MaxEntries = 200;
    public const long MaxUncompressedBytes = 30L * 1024 * 1024;
    /// <summary>Spreadsheet XML compresses 5–20 times; a bomb 1,000 times.</summary>
    public const long MaxRatio = 100;
    /// <summary>Below this size a part's ratio is not worth judging.</summary>
    private const long RatioFloorBytes = 1024 * 1024;
    public const int MaxCells = 200_000;

    /// <summary>Null when the file may be parsed; otherwise the reason, in Vietnamese.</summary>
    public static string? Check(Stream file, int maxDataRows) => Refusal(file, maxDataRows)?.Message;

    /// <summary>
    /// Null when the file may be parsed; otherwise the reason as a message key with its arguments, so that the page
    /// says it in the reader's language (the project import keeps it with the job).
    /// </summary>
    public static Domain.Common.DomainException? Refusal(Stream file, int maxDataRows)
    {
        var start = file.Position;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries) return new(TooBig);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > MaxUncompressedBytes) return new(TooBig);
                if (entry.Length > RatioFloorBytes
                    && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength)) return new(TooBig);
            }

            var budget = new Budget(MaxUncompressedBytes);
            var cells = 0;
            var firstSheet = FirstSheetPath(zip, budget);
            foreach (var entry in zip.Entries)
            {
                using var stream = new CountingStream(entry.Open(), entry.Length, budget);
                if (IsWorksheet(entry.FullName))
                {
                    var (rows, sheetCells) = CountRows(stream);
                    cells += sheetCells;
                    if (cells > MaxCells)
                        return new(TooManyCellsKey, (long)MaxCells, maxDataRows);
                    if (string.Equals(entry.FullName, firstSheet, StringComparison.OrdinalIgnoreCase)
                        && rows - 1 > maxDataRows)
                        return new(TooManyRowsKey, rows - 1, maxDataRows);
                }
                else
                {
                    stream.CopyTo(Stream.Null);
                }
            }
            return null;
        }
        catch (SpreadsheetTooLargeException)
        {
            return new(TooBig);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return new(NotASpreadsheet);
        }
        finally
        {
            file.Position = start;
        }
    }

    public const string TooBig =
        "Tệp bảng tính quá lớn khi giải nén (tối đa 30 MB dữ liệu): hãy dùng tệp mẫu và chia nhỏ danh sách.";
    public const string TooManyRowsKey = "Tệp có {0} dòng; mỗi lần nhập tối đa {1} đề án.";
    public const string TooManyCellsKey = "Tệp có quá nhiều ô dữ liệu (hơn {0}); mỗi lần nhập tối đa {1} đề án.";

    public const string NotASpreadsheet = "Tệp không phải là bảng tính Excel (.xlsx) hợp lệ. Hãy dùng tệp mẫu.";

    private static bool IsWorksheet(string path) =>
        path.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
            && path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The part of the workbook's first sheet (the one the importer reads), from workbook.xml and its relationships.
    /// </summary>
    private static string? FirstSheetPath(ZipArchive zip, Budget budget)
    {
        var workbook = zip.GetEntry("xl/workbook.xml");
        var relationships = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (workbook is null || relationships is null) return "xl/worksheets/sheet1.xml";
        string? id = null;
        using (var reader = XmlReader.Create(new CountingStream(workbook.Open(), workbook.Length, budget), Settings))
        {
            while (id is null && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                    id = reader.GetAttribute("id",
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            }
        }
        using (var reader = XmlReader.Create(new CountingStream(relationships.Open(), relationships.Length, budget),
            Settings))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship"
                    || reader.GetAttribute("Id") != id) continue;
                var target = reader.GetAttribute("Target") ?? "";
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }
        return null;
    }

    /// <summary>The last row number holding a value, and the number of cells, streaming the sheet's XML.</summary>
    private static (int LastRow, int Cells) CountRows(Stream sheet)
    {
        int lastRow = 0, cells = 0, row = 0;
        using var reader = XmlReader.Create(sheet, Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "row":
                    row = int.TryParse(reader.GetAttribute("r"), out var r) ? r : row + 1;
                    break;
                case "c":
                    if (++cells > MaxCells) return (lastRow, cells);
                    break;
                case "v" or "is" or "f":
                    lastRow = Math.Max(lastRow, row);
                    break;
            }
        }
        return (lastRow, cells);
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        CloseInput = true,
    };

    private sealed class Budget(long bytes)
    {
        public long Remaining { get; set; } = bytes;
    }

    private sealed class SpreadsheetTooLargeException : Exception;

    /// <summary>Refuses to inflate more than the entry declared, or more than the whole file's budget.</summary>
    private sealed class CountingStream(Stream inner, long declared, Budget budget) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            budget.Remaining -= n;
            if (_read > declared || budget.Remaining < 0) throw new SpreadsheetTooLargeException();
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
