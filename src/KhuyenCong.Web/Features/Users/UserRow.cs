using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KhuyenCong.Web.Features.Users;

public sealed record UserRow(string Id, string FullName, string Email, string Organisation, List<string> Roles,
    bool IsLocked, bool TwoFactor);
