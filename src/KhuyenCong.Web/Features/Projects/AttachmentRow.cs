namespace KhuyenCong.Web.Features.Projects;

public sealed record AttachmentRow(int Id, string FileName, long Size, string By, DateTime AtUtc);
