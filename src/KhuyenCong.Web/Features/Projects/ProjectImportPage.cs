namespace KhuyenCong.Web.Features.Projects;

/// <summary>The import page: a refused upload's reason (if any) and the user's recent imports.</summary>
public sealed record ProjectImportPage(ProjectImportRowError? Refusal, IReadOnlyList<ProjectImportJobView> Recent);
