using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KhuyenCong.Web.Features.Projects;

public sealed record ProjectIndexViewModel(
    ProjectFilter Filter, PagedList<ProjectListRow> List, IReadOnlyList<SelectListItem> Contents,
    IReadOnlyList<Budget.ProvinceOption> Provinces, bool CanDraft);
