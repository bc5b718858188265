namespace KhuyenCong.Web.Features.Projects;

public sealed record ProjectPage(IReadOnlyList<ProjectItem> Items, int Page, int PageSize, int Total);
