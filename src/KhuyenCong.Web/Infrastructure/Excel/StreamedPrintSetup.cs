using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// Adds the print setup SpreadCheetah 1.28 cannot write (it has no page setup, print titles or row breaks) to a
/// workbook it wrote: the package is copied entry by entry into <c>output</c>; a sheet's XML is copied as bytes
/// through its rows (never parsed or held: memory does not grow with the rows), and only its start (before
/// <c>&lt;sheetData&gt;</c>) and its end (after <c>&lt;/sheetData&gt;</c>, the merges) are edited; the print titles
/// go into the small workbook part as defined names.
/// </summary>
public static class StreamedPrintSetup
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships =
        "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly byte[] DataStart = "<sheetData>"u8.ToArray();
    private static readonly byte[] DataEnd = "</sheetData>"u8.ToArray();

    /// <param name="workbook">The workbook SpreadCheetah wrote, readable and seekable.</param>
    /// <param name="sheets">The setup of each sheet, by sheet name.</param>
    /// <param name="first">The sheet to put first (the tab the workbook opens on).</param>
    public static async Task CopyAsync(Stream workbook, Stream output, IReadOnlyList<SheetPrintSetup> sheets,
        string first, CancellationToken ct)
    {
        using var source = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        var book = await LoadAsync(source, "xl/workbook.xml", ct);
        var parts = SheetParts(book, await LoadAsync(source, "xl/_rels/workbook.xml.rels", ct));
        PutFirst(book, first);
        AddPrintTitles(book, parts, sheets);

        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            ct.ThrowIfCancellationRequested();
            // Fastest, as the export's CPU is the scarce thing (every row is compressed here), for a larger file.
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            await using var to = copy.Open();
            if (entry.FullName == "xl/workbook.xml")
            {
                book.Save(to, SaveOptions.DisableFormatting);
                continue;
            }
            await using var from = entry.Open();
            var sheet = parts.TryGetValue(entry.FullName, out var name)
                ? sheets.FirstOrDefault(s => s.SheetName == name) : null;
            if (sheet is null) await from.CopyToAsync(to, ct);
            else await SpliceAsync(from, to, sheet, ct);
        }
    }

    private static async Task<XDocument> LoadAsync(ZipArchive archive, string name, CancellationToken ct)
    {
        var entry = archive.GetEntry(name) ?? throw new InvalidDataException($"The workbook has no {name}.");
        await using var stream = entry.Open();
        return await XDocument.LoadAsync(stream, LoadOptions.None, ct);
    }

    /// <summary>Each sheet's part (its entry name) with the sheet's name.</summary>
    private static Dictionary<string, string> SheetParts(XDocument book, XDocument relationships)
    {
        var targets = relationships.Root!.Elements(PackageRelationships + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        return book.Root!.Element(Main + "sheets")!.Elements(Main + "sheet").ToDictionary(
            s => PartName(targets[(string)s.Attribute(Relationships + "id")!]), s => (string)s.Attribute("name")!);
    }

    private static string PartName(string target) => target.StartsWith('/') ? target[1..] : "xl/" + target;

    /// <summary>
    /// Moves a sheet to the front of the workbook's list (the parts stay as written); a sheet-local name written
    /// before (SpreadCheetah's filter range) follows its sheet to its new position.
    /// </summary>
    private static void PutFirst(XDocument book, string name)
    {
        var sheets = book.Root!.Element(Main + "sheets")!;
        var before = sheets.Elements(Main + "sheet").Select(s => (string)s.Attribute("name")!).ToList();
        var sheet = sheets.Elements(Main + "sheet").Single(s => (string)s.Attribute("name")! == name);
        sheet.Remove();
        sheets.AddFirst(sheet);
        var after = sheets.Elements(Main + "sheet").Select(s => (string)s.Attribute("name")!).ToList();
        foreach (var local in book.Root.Descendants(Main + "definedName").Attributes("localSheetId"))
            local.Value = after.IndexOf(before[(int)local]).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A view that names a tab by position would now name another one.
        book.Root.Element(Main + "bookViews")?.Remove();
    }

    private static void AddPrintTitles(XDocument book, Dictionary<string, string> parts,
        IReadOnlyList<SheetPrintSetup> sheets)
    {
        var root = book.Root!;
        var names = root.Element(Main + "definedNames");
        if (names is null)
        {
            names = new XElement(Main + "definedNames");
            root.Element(Main + "sheets")!.AddAfterSelf(names);
        }
        var order = root.Element(Main + "sheets")!.Elements(Main + "sheet")
            .Select(s => (string)s.Attribute("name")!).ToList();
        foreach (var sheet in sheets)
        {
            var index = order.IndexOf(sheet.SheetName);
            if (index < 0 || !parts.ContainsValue(sheet.SheetName))
                throw new InvalidOperationException($"The workbook has no sheet '{sheet.SheetName}'.");
            names.Add(new XElement(Main + "definedName", new XAttribute("name", "_xlnm.Print_Titles"),
                new XAttribute("localSheetId", index), sheet.PrintTitles()));
        }
    }

    /// <summary>
    /// Copies a sheet's XML, adding the setup's sheet properties after the sheet's start tag and its print
    /// elements before the first part that must follow them (drawings, tables) or the sheet's end.
    /// </summary>
    private static async Task SpliceAsync(Stream from, Stream to, SheetPrintSetup sheet, CancellationToken ct)
    {
        var reader = new MarkerReader(from);
        var head = Encoding.UTF8.GetString(await reader.ReadThroughAsync(DataStart, ct));
        if (head.Contains("<sheetPr", StringComparison.Ordinal))
            throw new InvalidDataException("The sheet already has properties; the print setup would repeat them.");
        var start = head.IndexOf("<worksheet", StringComparison.Ordinal);
        var afterTag = head.IndexOf('>', start) + 1;
        await to.WriteAsync(Encoding.UTF8.GetBytes(head.Insert(afterTag, sheet.SheetProperties)), ct);

        await reader.CopyUntilAsync(DataEnd, to, ct);

        var tail = Encoding.UTF8.GetString(await reader.ReadToEndAsync(ct));
        var at = new[] { "<drawing", "<legacyDrawing", "<tableParts", "<extLst", "</worksheet>" }
            .Select(t => tail.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0).Min();
        await to.WriteAsync(Encoding.UTF8.GetBytes(tail.Insert(at, sheet.Elements())), ct);
    }
}
