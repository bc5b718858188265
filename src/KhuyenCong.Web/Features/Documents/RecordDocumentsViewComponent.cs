using KhuyenCong.Data;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// The "Văn bản" block of a record's page: a button per document that can be drafted for it (the parts: a plan's
/// tranches) and the drafts made so far, with their template version and the signed number and date.
/// </summary>
public sealed class RecordDocumentsViewComponent(AppDbContext db, IUserScopeProvider scopes, CurrentActor actors)
    : ViewComponent
{
    /// <param name="kinds">The kinds drafted from this page.</param>
    /// <param name="subjectId">The record's id.</param>
    /// <param name="canDraft">Whether the reader keeps this record (the buttons show only then; a project's
    /// documents each by <see cref="ProjectDocumentRules"/>).</param>
    /// <param name="parts">A plan's tranches, each drafted as its own allocation decision.</param>
    public async Task<IViewComponentResult> InvokeAsync(IReadOnlyList<DocumentKind> kinds, int subjectId,
        bool canDraft, IReadOnlyList<int>? parts = null)
    {
        var drafts = await db.GeneratedDocuments.AsNoTracking()
            .Where(d => kinds.Contains(d.Kind) && d.SubjectId == subjectId)
            .OrderByDescending(d => d.GeneratedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new DraftRow(d.Id, d.Kind, d.Part, d.FileName, d.TemplateLabel, d.GeneratedBy,
                VietnamTime.DateTimeText(d.GeneratedAtUtc), d.SignedNumber, VietnamTime.Date(d.SignedDate)))
            .Take(50)
            .ToListAsync();
        var draftable = canDraft ? await DraftableAsync(kinds, subjectId) : [];
        return View("~/Features/Documents/Views/_RecordDocuments.cshtml",
            new RecordDocumentsModel(draftable, subjectId, canDraft, parts ?? [], drafts));
    }

    /// <summary>
    /// A project's documents by the rule the server applies; the other records' keepers draft them all.
    /// </summary>
    private async Task<IReadOnlyList<DocumentKind>> DraftableAsync(IReadOnlyList<DocumentKind> kinds, int subjectId)
    {
        if (!kinds.Any(DocumentCatalog.ProjectKinds.Contains)) return kinds;
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == subjectId);
        var user = HttpContext.User;
        var actor = await actors.GetAsync(user, HttpContext.RequestAborted);
        var nationwide = (await scopes.GetAsync(user, HttpContext.RequestAborted)).IsNationwide;
        return [.. kinds.Where(k => ProjectDocumentRules.Refusal(k, user, project, actor, nationwide) is null)];
    }
}
