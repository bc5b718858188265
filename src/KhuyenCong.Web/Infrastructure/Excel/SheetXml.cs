using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// One worksheet part written forwards (SAX): what comes before the rows and after them (sheet properties, views,
/// widths, merges, print setup) as the Open XML SDK's own elements, and the rows one at a time, never held, with the
/// XmlWriter the SDK's <see cref="OpenXmlWriter"/> writes through, used directly: the SDK's writer costs about
/// 0.65 µs a cell in its own methods (a prefix and namespace looked up per element), most of a 20,000-row export's
/// writing, and runs unoptimised on a fresh process until the runtime has seen it hot (measured in issue 16's
/// export benchmark: the first export after a start took about twice as long as the next).
/// </summary>
internal sealed class SheetXml : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        // Text is cleaned of what XML cannot carry (XmlSafe); the rest is the portal's own markup.
        CheckCharacters = false,
        CloseOutput = false,
    };

    private readonly XmlWriter writer;
    private readonly List<string> merges = [];
    private readonly string[] columnNames;

    /// <param name="columns">How many columns the sheet's rows may have.</param>
    public SheetXml(Stream part, int columns, IEnumerable<OpenXmlElement> beforeRows)
    {
        columnNames = [.. Enumerable.Range(1, columns).Select(ColumnName)];
        writer = XmlWriter.Create(part, Settings);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("", "worksheet", Main);
        foreach (var element in beforeRows) Raw(element);
        writer.WriteStartElement("", "sheetData", Main);
    }

    /// <summary>The number of the row the next <see cref="Row"/> writes.</summary>
    public int NextRowNumber { get; private set; } = 1;

    /// <summary>One row; <paramref name="height"/> in points, or null for the default height.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Row(ReadOnlySpan<SheetCell> cells, double? height)
    {
        var r = NextRowNumber.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement("", "row", Main);
        writer.WriteAttributeString("r", r);
        if (height is { } h)
        {
            writer.WriteAttributeString("ht", h.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("customHeight", "1");
        }
        for (var c = 0; c < cells.Length && c < columnNames.Length; c++) Cell(columnNames[c], r, cells[c]);
        writer.WriteEndElement();
        NextRowNumber += 1;
    }

    /// <summary>Merges columns first..last (1-based) of the row about to be written.</summary>
    public void MergeNext(int first, int last) =>
        merges.Add($"{columnNames[first - 1]}{NextRowNumber}:{columnNames[last - 1]}{NextRowNumber}");

    /// <summary>Ends the rows and writes the merges and <paramref name="afterRows"/> (in schema order).</summary>
    public void End(IEnumerable<OpenXmlElement> afterRows)
    {
        writer.WriteEndElement();
        if (merges.Count > 0)
            Raw(new X.MergeCells(merges.Select(m => new X.MergeCell { Reference = m })) { Count = (uint)merges.Count });
        foreach (var element in afterRows) Raw(element);
        writer.WriteEndElement();
        writer.WriteEndDocument();
        writer.Flush();
    }

    public void Dispose() => writer.Dispose();

    /// <summary>An SDK element as the SDK writes it (it declares its own namespace prefix).</summary>
    private void Raw(OpenXmlElement element) => writer.WriteRaw(element.OuterXml);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Cell(string column, string row, SheetCell cell)
    {
        if (cell.Value is null && cell.Style == 0) return;
        writer.WriteStartElement("", "c", Main);
        writer.WriteStartAttribute("r");
        writer.WriteString(column);
        writer.WriteString(row);
        writer.WriteEndAttribute();
        if (cell.Style != 0) writer.WriteAttributeString("s", cell.Style.ToString(CultureInfo.InvariantCulture));
        switch (cell.Value)
        {
            case null:
                break;
            case string text:
                writer.WriteAttributeString("t", "inlineStr");
                writer.WriteStartElement("", "is", Main);
                writer.WriteStartElement("", "t", Main);
                var clean = XmlSafe(text);
                // Spaces at either end are kept only when the text says so.
                if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
                    writer.WriteAttributeString("xml", "space", null, "preserve");
                writer.WriteString(clean);
                writer.WriteEndElement();
                writer.WriteEndElement();
                break;
            case double number:
                writer.WriteStartElement("", "v", Main);
                writer.WriteString(number.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndElement();
                break;
            default:
                throw new ArgumentException($"A cell holds text, a number or nothing, not {cell.Value.GetType()}.");
        }
        writer.WriteEndElement();
    }

    /// <summary>The text without the characters XML cannot carry (control characters from pasted text).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string XmlSafe(string text)
    {
        foreach (var ch in text)
        {
            if (!XmlConvert.IsXmlChar(ch) && !char.IsSurrogate(ch))
                return string.Concat(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)));
        }
        return text;
    }

    /// <summary>Excel's name of a column: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
