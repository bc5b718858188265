using KhuyenCong.Data;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// The "Văn bản" block of a record's page: a button per document that can be drafted for it (the parts: a plan's
/// tranches) and the drafts made so far, with their template version and the signed number and date.
/// </summary>
public sealed class RecordDocumentsViewComponent(AppDbContext db) : ViewComponent
{
    /// <param name="kinds">The kinds drafted from this page.</param>
    /// <param name="subjectId">The record's id.</param>
    /// <param name="canDraft">Whether the reader keeps this record (the buttons show only then).</param>
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
        return View("~/Features/Documents/Views/_RecordDocuments.cshtml",
            new RecordDocumentsModel(kinds, subjectId, canDraft, parts ?? [], drafts));
    }
}

public sealed record RecordDocumentsModel(IReadOnlyList<DocumentKind> Kinds, int SubjectId, bool CanDraft,
    IReadOnlyList<int> Parts, IReadOnlyList<DraftRow> Drafts);

public sealed record DraftRow(int Id, DocumentKind Kind, int? Part, string FileName, string TemplateLabel,
    string GeneratedBy, string GeneratedAt, string? SignedNumber, string SignedDate);
