using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// Turns recipients into accounts by the same scope rules as the pages: an organisation's area is its scope on the
/// unit graph (so Phú Thọ's staff, successors of Hòa Bình's, receive Hòa Bình's work); ended organisations' accounts
/// receive nothing.
/// </summary>
public sealed class RecipientResolver(AppDbContext db, AdministrativeUnitGraphCache graphs, TimeProvider clock)
{
    private sealed record Holder(string UserId, int OrganisationId, OrganisationKind Kind, int? UnitId,
        DateOnly? Ended);

    public async Task<HashSet<string>> ResolveAsync(IEnumerable<Recipient> recipients, CancellationToken ct)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var today = VietnamTime.Today(clock);
        foreach (var recipient in recipients)
        {
            if (recipient is Recipient.ToUser { UserId: { } id })
            {
                result.Add(id);
                continue;
            }
            if (recipient is Recipient.ToAuthor { UserId: { } author })
            {
                result.UnionWith(await AuthorAsync(author, today, ct));
                continue;
            }
            var (role, match) = await MatcherAsync(recipient, ct);
            if (role is null) continue;
            foreach (var holder in await HoldersAsync(role, ct))
                if ((holder.Ended is null || holder.Ended >= today) && match(holder)) result.Add(holder.UserId);
        }
        return result;
    }

    private async Task<(string? Role, Func<Holder, bool> Match)> MatcherAsync(Recipient recipient, CancellationToken ct)
    {
        switch (recipient)
        {
            case Recipient.InOrganisation r:
                var successors = await db.OrganisationSuccessions.AsNoTracking()
                    .Where(s => s.PredecessorId == r.OrganisationId).Select(s => s.SuccessorId).ToListAsync(ct);
                return (r.Role, h => h.OrganisationId == r.OrganisationId || successors.Contains(h.OrganisationId));
            case Recipient.Nationwide r:
                return (r.Role, h => Organisation.IsNationwide(h.Kind));
            case Recipient.Covering r:
                var graph = await graphs.GetAsync(ct);
                return (r.Role, h => Local(h) && graph.ScopeOf(h.UnitId!.Value).Contains(r.UnitId));
            case Recipient.Within r:
                var area = r.UnitIds is null ? null : await AreaAsync(r.UnitIds, ct);
                return (r.Role, h => Local(h) && h.OrganisationId != r.ExceptOrganisationId
                    && (area is null || area.Contains(h.UnitId!.Value)));
            default:
                return (null, _ => false);
        }
    }

    /// <summary>The author, or the same officer roles' holders in the active successors of an ended organisation
    /// (followed through successors that ended in turn).</summary>
    private async Task<IReadOnlyCollection<string>> AuthorAsync(string userId, DateOnly today, CancellationToken ct)
    {
        var author = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.OrganisationId, u.Organisation.ValidTo }).SingleOrDefaultAsync(ct);
        if (author is null) return [];
        if (author.ValidTo is null || author.ValidTo >= today) return [userId];
        // The roles that draft a province's or a district's work (Policies.LocalOrDepartmentOfficers).
        var drafting = Policies.RolesOf(Policies.LocalOrDepartmentOfficers).ToList();
        var roles = await (from link in db.UserRoles
                           join r in db.Roles on link.RoleId equals r.Id
                           where link.UserId == userId && drafting.Contains(r.Name!)
                           select r.Name!).ToListAsync(ct);
        if (roles.Count == 0) roles = drafting;
        var successors = new HashSet<int>();
        var next = new List<int> { author.OrganisationId };
        while (next.Count > 0)
        {
            var found = await db.OrganisationSuccessions.AsNoTracking().Where(s => next.Contains(s.PredecessorId))
                .Select(s => s.SuccessorId).ToListAsync(ct);
            next = [.. found.Where(successors.Add)];
        }
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles)
            foreach (var holder in await HoldersAsync(role, ct))
                if ((holder.Ended is null || holder.Ended >= today) && successors.Contains(holder.OrganisationId))
                    result.Add(holder.UserId);
        return result;
    }

    private static bool Local(Holder h) => !Organisation.IsNationwide(h.Kind) && h.UnitId is not null;

    private async Task<HashSet<int>> AreaAsync(IReadOnlyCollection<int> unitIds, CancellationToken ct)
    {
        var graph = await graphs.GetAsync(ct);
        var area = new HashSet<int>();
        foreach (var id in unitIds.Where(graph.Contains)) area.UnionWith(graph.ScopeOf(id));
        return area;
    }

    private Task<List<Holder>> HoldersAsync(string role, CancellationToken ct) =>
        (from user in db.Users.AsNoTracking()
         join link in db.UserRoles on user.Id equals link.UserId
         join r in db.Roles on link.RoleId equals r.Id
         where r.Name == role
         select new Holder(user.Id, user.OrganisationId, user.Organisation.Kind, user.Organisation.ScopeUnitId,
             user.Organisation.ValidTo)).ToListAsync(ct);
}
