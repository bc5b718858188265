namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// A cell of a streamed sheet: text, a number (dates as Excel's serial day numbers) or nothing, with its style's
/// index in the workbook's styles (<see cref="StreamedStyles"/>).
/// </summary>
internal readonly record struct SheetCell(object? Value, uint Style = 0);
