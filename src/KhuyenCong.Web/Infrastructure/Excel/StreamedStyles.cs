using X = DocumentFormat.OpenXml.Spreadsheet;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The styles of a streamed workbook, all known before the first row: one per cell kind, weight and border for the
/// table body, the header, and the letterhead's text blocks, each an index into the styles part
/// (<see cref="Stylesheet"/>), so rows cost no styling.
/// </summary>
internal static class StreamedStyles
{
    // Fonts: body, body bold, body italic, block, block bold, block italic, title (bold).
    private const uint Body = 0, BodyBold = 1, BodyItalic = 2, Block = 3, BlockBoldFont = 4, BlockItalic = 5,
        TitleFont = 6;

    // Number formats: Excel's own "0" and "#,##0", then the portal's.
    private const uint YearFormat = 1, IntegerFormat = 3, MillionFormat = 164, PercentFormat = 165, DateFormat = 166;

    private static readonly ExcelCellKind[] Kinds = Enum.GetValues<ExcelCellKind>();

    // The fixed styles come first (index 0 is Excel's default), then the body cells by kind, weight and border.
    public const uint Header = 1, PlainHeader = 2, Title = 3, BlockBold = 4, BlockPlain = 5, Note = 6, PlaceLine = 7,
        UnitLine = 8;
    private const uint FirstCell = 9;

    /// <summary>A body cell's style: its number or date format, bold on group, subtotal and total rows.</summary>
    public static uint Cell(ExcelCellKind kind, bool bold, bool bordered) =>
        FirstCell + (uint)Array.IndexOf(Kinds, kind) * 4 + (bold ? 2u : 0) + (bordered ? 1u : 0);

    /// <summary>The styles part, in the order of the indices above.</summary>
    public static X.Stylesheet Stylesheet()
    {
        var formats = new List<X.CellFormat>
        {
            new() { FontId = Body, FillId = 0, BorderId = 0 },
            Aligned(new() { FontId = BodyBold, FillId = 2, BorderId = 1, ApplyFill = true, ApplyBorder = true },
                X.HorizontalAlignmentValues.Center),
            new() { FontId = BodyBold, FillId = 0, BorderId = 0, ApplyFont = true },
            Aligned(new() { FontId = TitleFont }, X.HorizontalAlignmentValues.Center),
            Aligned(new() { FontId = BlockBoldFont }, X.HorizontalAlignmentValues.Center),
            Aligned(new() { FontId = Block }, X.HorizontalAlignmentValues.Center),
            Aligned(new() { FontId = BodyItalic }, X.HorizontalAlignmentValues.Center),
            Aligned(new() { FontId = BlockItalic }, X.HorizontalAlignmentValues.Center),
            new()
            {
                FontId = BodyItalic, ApplyFont = true, ApplyAlignment = true,
                Alignment = new() { Horizontal = X.HorizontalAlignmentValues.Right },
            },
        };
        foreach (var kind in Kinds)
        {
            foreach (var bold in new[] { false, true })
            {
                foreach (var bordered in new[] { false, true }) formats.Add(BodyCell(kind, bold, bordered));
            }
        }
        foreach (var format in formats) format.FillId ??= 0;
        foreach (var format in formats) format.BorderId ??= 0;
        foreach (var format in formats) format.NumberFormatId ??= 0;
        foreach (var format in formats) format.FormatId = 0;

        return new X.Stylesheet(
            new X.NumberingFormats(
                new X.NumberingFormat
                {
                    NumberFormatId = MillionFormat,
                    FormatCode = OfficialSheetWriter.NumberFormat(ExcelCellKind.Million),
                },
                new X.NumberingFormat
                {
                    NumberFormatId = PercentFormat,
                    FormatCode = OfficialSheetWriter.NumberFormat(ExcelCellKind.Percent),
                },
                new X.NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd/MM/yyyy" }) { Count = 3 },
            new X.Fonts(
                Font(OfficialSheetWriter.BodyFontSize), Font(OfficialSheetWriter.BodyFontSize, bold: true),
                Font(OfficialSheetWriter.BodyFontSize, italic: true), Font(OfficialSheetWriter.BlockFontSize),
                Font(OfficialSheetWriter.BlockFontSize, bold: true),
                Font(OfficialSheetWriter.BlockFontSize, italic: true),
                Font(OfficialSheetWriter.TitleFontSize, bold: true)) { Count = 7 },
            new X.Fills(
                new X.Fill(new X.PatternFill { PatternType = X.PatternValues.None }),
                new X.Fill(new X.PatternFill { PatternType = X.PatternValues.Gray125 }),
                new X.Fill(new X.PatternFill(new X.ForegroundColor { Rgb = "FFDDEBF7" })
                {
                    PatternType = X.PatternValues.Solid,
                })) { Count = 3 },
            new X.Borders(
                new X.Border(new X.LeftBorder(), new X.RightBorder(), new X.TopBorder(), new X.BottomBorder(),
                    new X.DiagonalBorder()),
                new X.Border(Thin<X.LeftBorder>(), Thin<X.RightBorder>(), Thin<X.TopBorder>(),
                    Thin<X.BottomBorder>(), new X.DiagonalBorder())) { Count = 2 },
            new X.CellStyleFormats(new X.CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 })
            {
                Count = 1,
            },
            new X.CellFormats(formats) { Count = (uint)formats.Count },
            new X.CellStyles(new X.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static X.CellFormat BodyCell(ExcelCellKind kind, bool bold, bool bordered) => new()
    {
        FontId = bold ? BodyBold : Body,
        BorderId = bordered ? 1u : 0u,
        NumberFormatId = kind switch
        {
            ExcelCellKind.Integer => IntegerFormat,
            ExcelCellKind.Million => MillionFormat,
            ExcelCellKind.Percent => PercentFormat,
            ExcelCellKind.Date => DateFormat,
            ExcelCellKind.Year => YearFormat,
            _ => 0u,
        },
        ApplyFont = true, ApplyBorder = bordered, ApplyNumberFormat = kind != ExcelCellKind.Text,
        ApplyAlignment = true,
        Alignment = new()
        {
            Vertical = X.VerticalAlignmentValues.Center,
            WrapText = kind == ExcelCellKind.Text,
            Horizontal = kind switch
            {
                ExcelCellKind.Text => X.HorizontalAlignmentValues.Left,
                ExcelCellKind.Year or ExcelCellKind.Date => X.HorizontalAlignmentValues.Center,
                _ => X.HorizontalAlignmentValues.Right,
            },
        },
    };

    /// <summary>A text block: centred both ways and wrapped.</summary>
    private static X.CellFormat Aligned(X.CellFormat format, X.HorizontalAlignmentValues horizontal)
    {
        format.ApplyFont = true;
        format.ApplyAlignment = true;
        format.Alignment = new()
        {
            Horizontal = horizontal, Vertical = X.VerticalAlignmentValues.Center, WrapText = true,
        };
        return format;
    }

    private static X.Font Font(double size, bool bold = false, bool italic = false)
    {
        var font = new X.Font();
        if (bold) font.Append(new X.Bold());
        if (italic) font.Append(new X.Italic());
        font.Append(new X.FontSize { Val = size }, new X.FontName { Val = OfficialSheetWriter.FontName });
        return font;
    }

    private static T Thin<T>() where T : X.BorderPropertiesType, new() => new()
    {
        Style = X.BorderStyleValues.Thin,
        Color = new X.Color { Auto = true },
    };
}
