namespace KhuyenCong.Data.Identity;

/// <summary>
/// A signed-in session held on the server: the cookie carries only <see cref="Id"/>, so signing out (or an
/// administrator ending the sessions) deletes the row and a copied cookie opens nothing, on every web instance.
/// </summary>
public class UserSession
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    /// <summary>The authentication ticket (claims and expiry) as ASP.NET Core serialises it.</summary>
    public byte[] Ticket { get; set; } = [];
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
}
