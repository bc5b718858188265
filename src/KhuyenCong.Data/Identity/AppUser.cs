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

    /// <summary>
    /// The full name without diacritics, lower case: the list order and search both databases agree on.
    /// </summary>
    public string SearchKey { get; set; } = "";
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    /// <summary>
    /// Set on an account whose password someone else chose (the first administrator made by the command line):
    /// until the user picks their own, the portal only lets them change it or sign out.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// The user turned off e-mail copies of their notifications (they still see them in the portal). Stored as an
    /// opt-out so that every existing account, and a new one, receives e-mail by default.
    /// </summary>
    public bool EmailOptOut { get; set; }

    /// <summary>
    /// The language of the user's e-mails ("vi-VN" or "en"); the pages follow the language chosen on them.
    /// </summary>
    public string? PreferredLanguage { get; set; }
}
