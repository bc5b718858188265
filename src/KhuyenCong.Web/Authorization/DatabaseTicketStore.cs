using System.Security.Claims;
using System.Security.Cryptography;
using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// Keeps sign-in sessions in the database (the framework's <see cref="ITicketStore"/> hook): the cookie holds a
/// random session id, the ticket stays here. Sign-out deletes the row, so a cookie copied before it is refused at
/// once, on whichever web instance it is presented.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = UserId(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The user's own expired sessions go when a new one starts: no clean-up job to run or to coordinate.
        await db.UserSessions.Where(s => s.UserId == userId && s.ExpiresAtUtc < now).ExecuteDeleteAsync();
        var session = new UserSession
        {
            Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-')
                .Replace('/', '_'),
            UserId = userId,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAtUtc = now,
            ExpiresAtUtc = Expiry(ticket, now),
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>
    /// Called on sliding renewal and after each security-stamp check (every minute per active user). The row is
    /// written only when the claims changed or the stored expiry lags the new one by more than
    /// <see cref="RenewalSlack"/>, so an active user costs a write every few minutes rather than every minute.
    /// </summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = Expiry(ticket, now);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.UserSessions.AsNoTracking().Where(s => s.Id == key)
            .Select(s => new { s.Ticket, s.ExpiresAtUtc }).FirstOrDefaultAsync();
        if (stored is null) return;
        if (expires - stored.ExpiresAtUtc < RenewalSlack
            && SameClaims(TicketSerializer.Default.Deserialize(stored.Ticket), ticket))
            return;
        var bytes = TicketSerializer.Default.Serialize(ticket);
        await db.UserSessions.Where(s => s.Id == key)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Ticket, bytes).SetProperty(s => s.ExpiresAtUtc, expires));
    }

    /// <summary>
    /// How far a session's stored expiry may lag behind its sliding one (of 8 hours) before it is written.
    /// </summary>
    public static readonly TimeSpan RenewalSlack = TimeSpan.FromMinutes(10);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bytes = await db.UserSessions.Where(s => s.Id == key && s.ExpiresAtUtc > now).Select(s => s.Ticket)
            .FirstOrDefaultAsync();
        return bytes is null ? null : TicketSerializer.Default.Deserialize(bytes);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    /// <summary>
    /// Ends every session of a user (locked, demoted, password or authenticator reset by an administrator).
    /// </summary>
    public static Task EndAllAsync(AppDbContext db, string userId, CancellationToken ct = default) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    private static bool SameClaims(AuthenticationTicket? stored, AuthenticationTicket renewed) =>
        stored is not null && stored.Principal.Claims.Select(c => (c.Type, c.Value))
            .SequenceEqual(renewed.Principal.Claims.Select(c => (c.Type, c.Value)));

    private static string UserId(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("A signed-in ticket without a user id.");

    private static DateTime Expiry(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.AddHours(8);
}
