using KhuyenCong.Data;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// "Người nhập": the audit columns keep the account's user name (its e-mail address), which is no name to show an
/// officer; the plan page shows the person's full name, and the stored text where no account matches (seeding).
/// </summary>
public static class RecorderNames
{
    public static async Task<Func<string, string>> RecorderNamesAsync(this AppDbContext db,
        IEnumerable<string> userNames, CancellationToken ct)
    {
        var wanted = userNames.Where(n => !string.IsNullOrEmpty(n)).Distinct().ToList();
        var names = wanted.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => u.UserName != null && wanted.Contains(u.UserName))
                .Select(u => new { u.UserName, u.FullName })
                .ToDictionaryAsync(u => u.UserName!, u => u.FullName, StringComparer.OrdinalIgnoreCase, ct);
        return userName => names.TryGetValue(userName, out var name) && !string.IsNullOrWhiteSpace(name)
            ? name
            : userName;
    }
}
