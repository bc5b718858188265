using ClosedXML.Excel;
using KhuyenCong.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// One official table (issue 14, Decree 30/2020/NĐ-CP): the agency and motto blocks, the form number, title,
/// subtitles, the unit line, the bordered table, then place and date and the two signature blocks. Written as a
/// formatted sheet for paper (<see cref="OfficialSheetWriter"/>) and a plain sheet beside it for filtering and
/// pivoting (<see cref="PlainSheetWriter"/>). Numbers stay numbers; Excel formats them.
/// </summary>
public sealed class OfficialTable
{
    private readonly List<OfficialColumn> columns;
    private readonly List<OfficialRow> rows = [];
    private readonly List<string> subtitles = [];

    public OfficialTable(string sheetName, string title, IEnumerable<OfficialColumn> columns)
    {
        SheetName = sheetName;
        Title = title;
        this.columns = [.. columns];
    }

    public string SheetName { get; }
    public string Title { get; }
    public IReadOnlyList<OfficialColumn> Columns => columns;
    public IReadOnlyList<OfficialRow> Rows => rows;
    public IReadOnlyList<string> Subtitles => subtitles;

    /// <summary>The unit line above the table; empty for tables without amounts.</summary>
    public string UnitLine { get; set; } = "Đơn vị tính: triệu đồng";

    /// <summary>"Biểu số 01" or "Mẫu số 1"; null when the table is no numbered form.</summary>
    public string? FormNumber { get; set; }

    /// <summary>The instrument the form comes from ("ban hành kèm theo Thông tư số …"), when one exists.</summary>
    public string? Instrument { get; set; }

    /// <summary>The plain sheet's first column, naming what the group headings are (e.g. "Tỉnh/thành phố").</summary>
    public string GroupHeader { get; set; } = "Nhóm";

    public OfficialTable Subtitle(string line) { subtitles.Add(line); return this; }
    public OfficialTable Row(params object?[] cells) { rows.Add(new(cells, OfficialRowStyle.Normal)); return this; }
    /// <summary>
    /// A heading row for a group (e.g. a province or a fund), bold, kept on the page of its first row.
    /// </summary>
    public OfficialTable Group(string text) { rows.Add(new([text], OfficialRowStyle.Group)); return this; }
    public OfficialTable Subtotal(params object?[] cells) { rows.Add(
        new(cells, OfficialRowStyle.Subtotal)); return this; }
    public OfficialTable Total(params object?[] cells) { rows.Add(new(cells, OfficialRowStyle.Total)); return this; }
    public OfficialTable Add(OfficialRow row) { rows.Add(row); return this; }

    /// <summary>
    /// The workbook as a download; file names stay ASCII so every browser keeps them. A single table longer than
    /// <see cref="StreamedOfficialWorkbook.FormattedRowLimit"/> is streamed (through a temporary file deleted when
    /// the response is sent) instead of built in memory.
    /// </summary>
    public static async Task<FileResult> FileAsync(
        string fileName, OfficialSignature signature, OfficialTable[] tables, CancellationToken ct)
    {
        if (tables is not [var table] || table.Rows.Count <= StreamedOfficialWorkbook.FormattedRowLimit)
            return File(fileName, signature, tables);
        var path = Path.GetTempFileName();
        var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await StreamedOfficialWorkbook.WriteAsync(stream, signature, table, null, ct);
            stream.Position = 0;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
        return new FileStreamResult(stream, ContentType) { FileDownloadName = fileName };
    }

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// The formatted ClosedXML workbook, built in memory: for tables that fit (<see cref="FileAsync"/>).
    /// </summary>
    public static FileContentResult File(string fileName, OfficialSignature signature, params OfficialTable[] tables)
    {
        using var workbook = new XLWorkbook();
        // Decree 30 writes documents in Times New Roman; column widths are measured in its digits.
        workbook.Style.Font.FontName = OfficialSheetWriter.FontName;
        workbook.Style.Font.FontSize = OfficialSheetWriter.BodyFontSize;
        foreach (var table in tables) OfficialSheetWriter.Write(workbook, table, signature);
        foreach (var table in tables) PlainSheetWriter.Write(workbook, table);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return new FileContentResult(stream.ToArray(), ContentType)
        {
            FileDownloadName = fileName,
        };
    }
}

public enum OfficialRowStyle { Normal, Group, Subtotal, Total }

public sealed record OfficialRow(object?[] Cells, OfficialRowStyle Style);

/// <summary>Who issues the table and when: the letterhead of the user's organisation, the date, the preparer.</summary>
public sealed record OfficialSignature(Letterhead Letterhead, DateOnly Date, string? PreparerName);
