using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.Organisations;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Features.Documents.Docx;
using Microsoft.EntityFrameworkCore;
using static KhuyenCong.Web.Features.Documents.DocumentFields;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// The four project documents' data: the project, its cost table and beneficiaries, its step numbers.
/// </summary>
public static class ProjectDocumentData
{
    /// <summary>404 outside the user's scope; 403/409 by <see cref="ProjectDocumentRules"/>; else the draft.</summary>
    public static async Task<DraftResult> BuildAsync(AppDbContext db, int id, ClaimsPrincipal user, Actor actor,
        UnitScope scope, DocumentKind kind, DocumentData data, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().InScope(scope)
            .Include(p => p.CostLines).Include(p => p.Beneficiaries).Include(p => p.ImplementingOrganisation)
            .Include(p => p.LocationUnit).Include(p => p.ActivityContent)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return DraftResult.NotFound;
        if (ProjectDocumentRules.Refusal(kind, user, project, actor, scope.IsNationwide) is { } refusal) return refusal;
        var ids = project.Beneficiaries.Select(b => b.EstablishmentId).ToList();
        // Ordered by the normalised key, which SQLite and SQL Server sort alike (not by the Vietnamese name).
        var establishments = await db.Establishments.AsNoTracking().Where(e => ids.Contains(e.Id))
            .OrderBy(e => e.SearchKey).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Name, e.Address, Unit = e.AddressUnit!.Name }).ToListAsync(ct);
        var lines = project.CostLines.OrderBy(l => l.Order).ToList();
        data.Set("ProjectCode", project.Code)
            .Set("ProjectName", project.Name)
            .Set("ProjectYear", Number(project.Year))
            .Set("Fund", FundNames.Code(project.Fund))
            .Set("ProjectKind", ProjectNames.Kind(project.Kind))
            .Set("ActivityContent", project.ActivityContent?.Name)
            .Set("ImplementingOrganisation",
                project.ImplementingOrganisation!.NameOn(ProjectDetailsQuery.RecordDate(project)))
            .Set("Location", project.LocationUnit?.Name)
            .Set("Objectives", project.Objectives)
            .Set("ExpectedResults", project.ExpectedResults)
            .Set("StartDate", OrBlank(Date(project.StartDate)))
            .Set("EndDate", OrBlank(Date(project.EndDate)))
            .Set("TotalCost", Money(project.TotalCostDong))
            .Set("RequestedSupport", Money(project.RequestedSupportDong))
            // A draft decision before the appraisal carries the requested amount, to be corrected by hand.
            .Set("ApprovedSupport", Money(project.ApprovedSupportDong ?? project.AppraisedSupportDong
                ?? project.RequestedSupportDong))
            .Set("SettledSupport", OrBlank(Money(project.SettledDong)))
            .Set("BeneficiaryCount", Number(establishments.Count))
            .Set("ApprovalNumber", OrBlank(project.ApprovalDecisionNumber))
            .Set("ApprovalDate", OrBlank(Date(project.ApprovalDecisionDate)))
            .Set("ContractNumber", OrBlank(project.ContractNumber))
            .Set("ContractDate", OrBlank(Date(project.ContractDate)))
            .Set("AcceptanceNumber", OrBlank(project.AcceptanceNumber))
            .Set("AcceptanceDate", OrBlank(Date(project.AcceptanceDate)))
            .Set("LinesTotal", Money(lines.Sum(l => l.TotalDong)))
            .Set("LinesFundSupport", Money(lines.Sum(l => l.FundSupportDong)))
            .Set("LinesContribution", Money(lines.Sum(l => l.ContributionDong)))
            .Set("LinesOtherSources", Money(lines.Sum(l => l.OtherSourcesDong)))
            .Set("LinesSettled", lines.Any(l => l.SettledSupportDong is not null)
                ? Money(lines.Sum(l => l.SettledSupportDong ?? 0)) : "")
            .Table("Lines", lines.Select(l => Row(("No", Number(l.Order)), ("Item", l.Item),
                ("Total", Money(l.TotalDong)), ("FundSupport", Money(l.FundSupportDong)),
                ("Contribution", Money(l.ContributionDong)), ("OtherSources", Money(l.OtherSourcesDong)),
                ("Settled", Money(l.SettledSupportDong)), ("Note", l.Note))))
            .Table("Beneficiaries", establishments.Select((e, i) => Row(("No", Number(i + 1)),
                ("Name", e.Name), ("Address", string.IsNullOrWhiteSpace(e.Address) ? e.Unit
                    : $"{e.Address}, {e.Unit}"))));
        return DraftResult.Found(new DocumentDraft(data, $"{DocumentCatalog.Of(kind).Slug}-{project.Code}"));
    }
}
