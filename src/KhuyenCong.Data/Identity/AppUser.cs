using KhuyenCong.Domain.Organisations;
using Microsoft.AspNetCore.Identity;

namespace KhuyenCong.Data.Identity;

/// <summary>A portal user: an Identity account that belongs to exactly one organisation.</summary>
public class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
}
