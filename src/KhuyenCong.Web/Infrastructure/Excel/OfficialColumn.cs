namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// A column of an official table: header text, the widest it may be drawn (in characters; narrower when its
/// content is), and how its cells are shown.
/// </summary>
public sealed record OfficialColumn(string Header, double Width, ExcelCellKind Kind = ExcelCellKind.Text);
