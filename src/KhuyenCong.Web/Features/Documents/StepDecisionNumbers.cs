using KhuyenCong.Data;
using KhuyenCong.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// The number and date the portal already holds for the step a plan or product document belongs to, to start the
/// "Ghi số, ngày ký" form from. A project document is drafted before its step (the approval, the acceptance), so its
/// signed number fills the step's form (ProjectDetailsQuery). A tranche's decision (QĐ giao kế hoạch) and a round's
/// recognition (QĐ công nhận) are drafted from a step already recorded with its decision number and date: the signed
/// document carries those, so the form starts from them and the officer confirms or corrects what was signed. The
/// submission to the People's Committee (tờ trình) has no step of its own in the portal: it starts empty.
/// </summary>
public static class StepDecisionNumbers
{
    public static async Task<(string Number, DateOnly Date)?> OfAsync(AppDbContext db, GeneratedDocument document,
        CancellationToken ct)
    {
        switch (document.Kind)
        {
            case DocumentKind.AllocationDecision:
                var tranche = await db.Allocations.AsNoTracking()
                    .Where(a => a.PlanId == document.SubjectId && a.Tranche == document.Part && a.CorrectsId == null)
                    .OrderBy(a => a.DecisionDate).ThenBy(a => a.Id)
                    .Select(a => new { a.DecisionNumber, a.DecisionDate }).FirstOrDefaultAsync(ct);
                return tranche is null ? null : (tranche.DecisionNumber, tranche.DecisionDate);
            case DocumentKind.ProductRecognition:
                var round = await db.ProductRounds.AsNoTracking().Where(r => r.Id == document.SubjectId)
                    .Select(r => new { r.DecisionNumber, r.DecisionDate }).SingleOrDefaultAsync(ct);
                return round is { DecisionNumber: { } number, DecisionDate: { } date } ? (number, date) : null;
            default:
                return null;
        }
    }
}
