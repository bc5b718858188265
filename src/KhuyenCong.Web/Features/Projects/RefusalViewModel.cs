namespace KhuyenCong.Web.Features.Projects;

public sealed record RefusalViewModel(string Title, string Message, int ProjectId);
