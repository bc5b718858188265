using System.Runtime.CompilerServices;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// One worksheet part written forwards with the Open XML SDK's <see cref="OpenXmlWriter"/> (SAX): what comes
/// before the rows, the rows one at a time (never held), the merges, then what comes after them (print setup). The
/// element objects are made once and reused, so a row costs its cells' text and no objects of its own.
/// </summary>
internal sealed class SheetXml : IDisposable
{
    private static readonly X.Row RowElement = new();
    private static readonly X.Cell CellElement = new();
    private static readonly X.CellValue ValueElement = new();
    private static readonly X.InlineString InlineElement = new();
    private static readonly X.Text TextElement = new();

    private readonly OpenXmlWriter writer;
    private readonly List<string> merges = [];
    private readonly List<OpenXmlAttribute> attributes = new(4);
    private readonly string[] columnNames;

    /// <param name="columns">How many columns the sheet's rows may have.</param>
    public SheetXml(Stream part, int columns, IEnumerable<OpenXmlElement> beforeRows)
    {
        columnNames = [.. Enumerable.Range(1, columns).Select(ColumnName)];
        writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument();
        writer.WriteStartElement(new X.Worksheet());
        foreach (var element in beforeRows) writer.WriteElement(element);
        writer.WriteStartElement(new X.SheetData());
    }

    /// <summary>The number of the row the next <see cref="Row"/> writes.</summary>
    public int NextRowNumber { get; private set; } = 1;

    /// <summary>One row; <paramref name="height"/> in points, or null for the default height.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Row(ReadOnlySpan<SheetCell> cells, double? height)
    {
        var r = NextRowNumber.ToString(CultureInfo.InvariantCulture);
        attributes.Clear();
        attributes.Add(new("r", "", r));
        if (height is { } h)
        {
            attributes.Add(new("ht", "", h.ToString(CultureInfo.InvariantCulture)));
            attributes.Add(new("customHeight", "", "1"));
        }
        writer.WriteStartElement(RowElement, attributes);
        for (var c = 0; c < cells.Length && c < columnNames.Length; c++) Cell(columnNames[c] + r, cells[c]);
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
        {
            writer.WriteStartElement(new X.MergeCells(),
                [new OpenXmlAttribute("count", "", merges.Count.ToString(CultureInfo.InvariantCulture))]);
            foreach (var merge in merges) writer.WriteElement(new X.MergeCell { Reference = merge });
            writer.WriteEndElement();
        }
        foreach (var element in afterRows) writer.WriteElement(element);
        writer.WriteEndElement();
        writer.Close();
    }

    public void Dispose() => writer.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Cell(string reference, SheetCell cell)
    {
        attributes.Clear();
        attributes.Add(new("r", "", reference));
        if (cell.Style != 0) attributes.Add(new("s", "", cell.Style.ToString(CultureInfo.InvariantCulture)));
        switch (cell.Value)
        {
            case null:
                if (cell.Style == 0) return;
                writer.WriteStartElement(CellElement, attributes);
                break;
            case string text:
                attributes.Add(new("t", "", "inlineStr"));
                writer.WriteStartElement(CellElement, attributes);
                writer.WriteStartElement(InlineElement);
                var clean = XmlSafe(text);
                // Spaces at either end are kept only when the text says so.
                if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
                    writer.WriteStartElement(TextElement,
                        [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
                else writer.WriteStartElement(TextElement);
                writer.WriteString(clean);
                writer.WriteEndElement();
                writer.WriteEndElement();
                break;
            case double number:
                writer.WriteStartElement(CellElement, attributes);
                writer.WriteStartElement(ValueElement);
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
