using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using Microsoft.AspNetCore.Identity;

namespace KhuyenCong.Data.Identity;

/// <summary>A portal user: an Identity account that belongs to exactly one organisation.</summary>
public class AppUser : IdentityUser
{
    private string _fullName = "";

    public string FullName
    {
        get => _fullName;
        set
        {
            _fullName = value;
            SearchKey = VietnameseText.SearchKey(value);
        }
    }

    /// <summary>The full name without diacritics, lower case: the list order and search both databases agree on.</summary>
    public string SearchKey { get; set; } = "";
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    /// <summary>
    /// Set on an account whose password someone else chose (the first administrator made by the command line):
    /// until the user picks their own, the portal only lets them change it or sign out.
    /// </summary>
    public bool MustChangePassword { get; set; }
}
