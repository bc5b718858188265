namespace KhuyenCong.Web.Features.Projects;

/// <summary>A project an import saved: the sheet's row and the draft it became.</summary>
public sealed record ProjectImportRow(int Row, int ProjectId, string Code, string Name);
