using SpreadCheetah;
using SpreadCheetah.Styling;
using Color = System.Drawing.Color;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The styles of a streamed workbook, registered once per file: one per cell kind and weight for the table body,
/// the header, and the letterhead's text blocks. SpreadCheetah writes a style by its id, so rows cost no styling.
/// </summary>
internal sealed class StreamedStyles
{
    private readonly Dictionary<(ExcelCellKind Kind, bool Bold, bool Bordered), StyleId> cells = [];
    private readonly Spreadsheet book;

    public StreamedStyles(Spreadsheet book)
    {
        this.book = book;
        Header = book.AddStyle(new Style
        {
            Font = Font(bold: true),
            Fill = { Color = Color.FromArgb(0xDD, 0xEB, 0xF7) },
            Alignment =
            {
                Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true,
            },
            Border = Thin(),
        });
        PlainHeader = book.AddStyle(new Style { Font = Font(bold: true) });
        Title = Block(OfficialSheetWriter.TitleFontSize, bold: true);
        BlockBold = Block(OfficialSheetWriter.BlockFontSize, bold: true);
        BlockPlain = Block(OfficialSheetWriter.BlockFontSize);
        Note = Block(OfficialSheetWriter.BodyFontSize, italic: true);
        PlaceLine = Block(OfficialSheetWriter.BlockFontSize, italic: true);
        UnitLine = book.AddStyle(new Style
        {
            Font = Font(italic: true),
            Alignment = { Horizontal = HorizontalAlignment.Right },
        });
    }

    public StyleId Header { get; }
    public StyleId PlainHeader { get; }
    public StyleId Title { get; }
    public StyleId BlockBold { get; }
    public StyleId BlockPlain { get; }
    public StyleId Note { get; }
    public StyleId PlaceLine { get; }
    public StyleId UnitLine { get; }

    /// <summary>A body cell's style: its number or date format, bold on group, subtotal and total rows.</summary>
    public StyleId Cell(ExcelCellKind kind, bool bold, bool bordered)
    {
        if (cells.TryGetValue((kind, bold, bordered), out var id)) return id;
        var style = new Style
        {
            Font = Font(bold: bold),
            Alignment =
            {
                Vertical = VerticalAlignment.Center,
                WrapText = kind == ExcelCellKind.Text,
                Horizontal = kind switch
                {
                    ExcelCellKind.Text => HorizontalAlignment.Left,
                    ExcelCellKind.Year or ExcelCellKind.Date => HorizontalAlignment.Center,
                    _ => HorizontalAlignment.Right,
                },
            },
        };
        if (bordered) style.Border = Thin();
        if (kind == ExcelCellKind.Date) style.Format = NumberFormat.Custom("dd/MM/yyyy");
        else if (kind != ExcelCellKind.Text)
            style.Format = NumberFormat.Custom(OfficialSheetWriter.NumberFormat(kind));
        id = book.AddStyle(style);
        cells[(kind, bold, bordered)] = id;
        return id;
    }

    private StyleId Block(double size, bool bold = false, bool italic = false) => book.AddStyle(new Style
    {
        Font = Font(bold, italic, size),
        Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
    });

    private static Font Font(bool bold = false, bool italic = false, double size = OfficialSheetWriter.BodyFontSize) =>
        new() { Name = OfficialSheetWriter.FontName, Size = size, Bold = bold, Italic = italic };

    private static Border Thin() => new()
    {
        Left = { BorderStyle = BorderStyle.Thin },
        Right = { BorderStyle = BorderStyle.Thin },
        Top = { BorderStyle = BorderStyle.Thin },
        Bottom = { BorderStyle = BorderStyle.Thin },
    };
}
