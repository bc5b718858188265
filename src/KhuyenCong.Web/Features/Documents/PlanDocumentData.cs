using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Organisations;
using KhuyenCong.Web.Features.Plans;
using KhuyenCong.Web.Features.Documents.Docx;
using Microsoft.EntityFrameworkCore;
using static KhuyenCong.Web.Features.Documents.DocumentFields;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// A plan's documents, drafted by the plan's keeper (the fund's officer, as for allocating): the decision of one
/// tranche with its recipients, and for a KCĐP plan the submission to the province's People's Committee.
/// </summary>
public static class PlanDocumentData
{
    public static async Task<DraftResult> AllocationAsync(AppDbContext db, int planId, int? tranche,
        ClaimsPrincipal user,
        UnitScope scope, DocumentData data, CancellationToken ct)
    {
        var (plan, refusal) = await LoadAsync(db, planId, user, scope, ct);
        if (plan is null) return refusal!;
        var entries = plan.Allocations.Where(a => a.Tranche == tranche).ToList();
        if (tranche is null || entries.Count == 0) return DraftResult.NotFound;
        var first = entries.Where(a => a.CorrectsId is null).OrderBy(a => a.DecisionDate)
            .FirstOrDefault() ?? entries[0];
        var organisations = await db.OrganisationsWithNamesAsync(entries.Select(a => a.RecipientId), ct);
        // Corrections of the tranche count with it: the decision states what each recipient finally has.
        var recipients = entries.GroupBy(a => a.RecipientId)
            .Select(g => new { Name = organisations[g.Key].NameOn(first.DecisionDate),
                Amount = g.Sum(a => a.AmountDong),
                Note = string.Join("; ", g.Select(a => a.Note).Where(n => !string.IsNullOrWhiteSpace(n))) })
            .Where(r => r.Amount != 0)
            .OrderBy(r => r.Name, VietnameseText.NameOrder).ToList();
        data.Set("PlanYear", Number(plan.Year))
            .Set("Fund", FundNames.Code(plan.Fund))
            .Set("Tranche", Number(tranche.Value))
            .Set("DecisionNumber", OrBlank(first.DecisionNumber))
            .Set("DecisionDate", OrBlank(Date(first.DecisionDate)))
            .Set("TrancheTotal", Money(recipients.Sum(r => r.Amount)))
            .Set("Estimate", Money(plan.EstimateDong))
            .Set("RecipientCount", Number(recipients.Count))
            .Table("Recipients", recipients.Select((r, i) => Row(("No", Number(i + 1)), ("Name", r.Name),
                ("Amount", Money(r.Amount)), ("Note", r.Note))));
        var stem = $"{DocumentCatalog.Of(DocumentKind.AllocationDecision).Slug}-{FundNames.ApiCode(plan.Fund)}"
            + $"-{plan.Year}-dot-{tranche}";
        return DraftResult.Found(new DocumentDraft(data, stem));
    }

    public static async Task<DraftResult> SubmissionAsync(AppDbContext db, int planId, ClaimsPrincipal user,
        UnitScope scope, DocumentData data, CancellationToken ct)
    {
        var (plan, refusal) = await LoadAsync(db, planId, user, scope, ct);
        if (plan is null) return refusal!;
        if (plan.Fund != Fund.Kcdp || plan.OwnerUnit is null)
            return DraftResult.Conflict("Tờ trình UBND tỉnh chỉ lập cho kế hoạch khuyến công địa phương.");
        var province = plan.OwnerUnit.ProvinceCode;
        // The province's KCĐP projects of the year that are still going ahead (neither drafts nor refused ones).
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.Fund == Fund.Kcdp && p.Year == plan.Year && p.ProvinceCode == province
                && p.Status != ProjectStatus.Draft && p.Status != ProjectStatus.Rejected
                && p.Status != ProjectStatus.Stopped)
            .OrderBy(p => p.Code)
            .Select(p => new
            {
                p.Code, p.Name, Organisation = p.ImplementingOrganisation!.Name, Location = p.LocationUnit!.Name,
                Support = p.ApprovedSupportDong ?? p.RequestedSupportDong,
            })
            .ToListAsync(ct);
        data.Set("PlanYear", Number(plan.Year))
            // "Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ": the kind word in lower case inside the title.
            .Set("Province", Infrastructure.Documents.UnitTitle.InSentence(plan.OwnerUnit.Name, plan.OwnerUnit.Type))
            .Set("Estimate", Money(plan.EstimateDong))
            .Set("Allocated", Money(plan.AllocatedDong))
            .Set("ProjectCount", Number(projects.Count))
            .Set("ProjectsTotal", Money(projects.Sum(p => p.Support)))
            .Table("Projects", projects.Select((p, i) => Row(("No", Number(i + 1)), ("Code", p.Code), ("Name", p.Name),
                ("Organisation", p.Organisation), ("Location", p.Location), ("Support", Money(p.Support)))));
        var stem = $"{DocumentCatalog.Of(DocumentKind.ProvincialSubmission).Slug}-{plan.Year}-{province}";
        return DraftResult.Found(new DocumentDraft(data, stem));
    }

    private static async Task<(AnnualPlan? Plan, DraftResult? Refusal)> LoadAsync(AppDbContext db, int id,
        ClaimsPrincipal user, UnitScope scope, CancellationToken ct)
    {
        var plan = await db.AnnualPlans.AsNoTracking().InScope(scope).Include(p => p.OwnerUnit)
            .Include(p => p.Allocations)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return (null, DraftResult.NotFound);
        if (!PlanAccess.MayManage(user, plan.Fund) || (plan.Fund == Fund.Kcdp && scope.IsNationwide))
            return (null, DraftResult.Forbidden);
        return (plan, null);
    }
}
