using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KhuyenCong.Web.Features.Users;

public sealed class UserIndexViewModel
{
    public string? Q { get; init; }
    public int? OrganisationId { get; init; }
    public string? Role { get; init; }
    public string? Status { get; init; }
    public required PagedList<UserRow> List { get; init; }
    public List<SelectListItem> Organisations { get; init; } = [];
}
