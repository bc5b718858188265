using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Organisations;

/// <summary>
/// An organisation's page as stored (its directory entry, history, members and, for administrators, the history
/// forms). A refused history form (rename, end, move the staff, close, reopen) answers this page again with the
/// values typed and the reason, never a redirect that loses them; the caller has checked scope and role.
/// </summary>
public static class OrganisationPage
{
    public const string View = "~/Features/Organisations/Views/Details.cshtml";

    /// <summary>The form fields a history form posts, kept as typed when it is refused.</summary>
    private static readonly string[] TypedFields = ["newName", "effectiveFrom", "lastDay", "successorIds", "note",
        "successorId"];

    public static async Task<OrganisationDetailsViewModel?> LoadAsync(AppDbContext db, int id, bool administrator,
        CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.ScopeUnit)
            .SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return null;
        // Users have no stored search key: one organisation's members are few, so they are ordered here.
        var members = await db.Users.AsNoTracking().Where(u => u.OrganisationId == id)
            .Select(u => new MemberRow(u.FullName, u.Email!)).ToListAsync(ct);
        var links = db.OrganisationSuccessions.AsNoTracking();
        return new OrganisationDetailsViewModel(organisation,
            [.. members.OrderBy(m => m.FullName, VietnameseText.NameOrder)
                .ThenBy(m => m.Email, StringComparer.Ordinal)])
        {
            Successors = await links.Where(s => s.PredecessorId == id).OrderBy(s => s.Successor.SearchKey)
                .Select(s => new OrganisationLink(s.SuccessorId, s.Successor.Name, s.EffectiveFrom, s.Note))
                .ToListAsync(ct),
            Predecessors = await links.Where(s => s.SuccessorId == id).OrderBy(s => s.Predecessor.SearchKey)
                .Select(s => new OrganisationLink(s.PredecessorId, s.Predecessor.Name, s.EffectiveFrom, s.Note))
                .ToListAsync(ct),
            ActiveOrganisations = administrator
                ? await db.Organisations.AsNoTracking().Where(o => o.ValidTo == null && o.Id != id)
                    .OrderBy(o => o.Kind).ThenBy(o => o.SearchKey).ThenBy(o => o.Id)
                    .Select(o => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(o.Name, o.Id.ToString()))
                    .ToListAsync(ct)
                : [],
        };
    }

    /// <summary>
    /// Nothing was saved: the page as stored, the reason in its summary (already in the model state), the history
    /// form's fields as typed.
    /// </summary>
    public static async Task<IActionResult> AgainAsync(Controller controller, AppDbContext db, int id,
        CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var model = await LoadAsync(db, id, Policies.Allows(controller.User, Policies.Administration), ct);
        if (model is null) return controller.NotFound();
        var form = controller.Request.HasFormContentType ? controller.Request.Form : null;
        return controller.View(View, model with
        {
            Typed = form is null ? new Dictionary<string, string[]>()
                : TypedFields.Where(form.ContainsKey).ToDictionary(f => f, f => form[f].Select(v => v ?? "").ToArray()),
        });
    }
}
