using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Products;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>The demo records the document tests draft from.</summary>
public static class DocumentRecords
{
    /// <summary>Hòa Bình's settled KCĐP 2021 project (approved by QĐ 1947/QĐ-UBND), read by Phú Thọ's department.</summary>
    public static Task<int> SettledHoaBinhProjectAsync(this PortalFactory portal) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.ProvinceCode == "17" && p.Year == 2021
                && p.Fund == Fund.Kcdp && p.ApprovalDecisionNumber != null && p.SettledDong != null)
            .OrderByDescending(p => p.ApprovedSupportDong).Select(p => p.Id).FirstAsync());

    /// <summary>A project no Phú Thọ officer may see (outside the province).</summary>
    public static Task<int> ProjectOutsidePhuThoAsync(this PortalFactory portal) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.ProvinceCode != "17" && p.ProvinceCode != "25"
                && p.ProvinceCode != "26").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    /// <summary>Phú Thọ's KCĐP 2026 plan, allocated to its department and extension centre.</summary>
    public static Task<int> PhuThoLocalPlanAsync(this PortalFactory portal) =>
        portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Fund == Fund.Kcdp && p.Year == 2026
            && p.OwnerUnit!.ProvinceCode == "25" && p.Allocations.Any()).Select(p => p.Id).FirstAsync());

    /// <summary>The closed Hòa Bình provincial round 2025 (certificates HB-2025-001…003).</summary>
    public static Task<int> HoaBinhRoundAsync(this PortalFactory portal) =>
        portal.WithDbAsync(db => db.Certificates.Where(c => c.Number == "HB-2025-001")
            .Select(c => c.Entry!.RoundId).FirstAsync());

    public static Task<int> CertificateIdAsync(this PortalFactory portal, string number) =>
        portal.WithDbAsync(db => db.Certificates.Where(c => c.Number == number).Select(c => c.Id).FirstAsync());

    /// <summary>A round still being scored (Phú Thọ 2026): no recognition decision yet.</summary>
    public static Task<int> ScoringRoundAsync(this PortalFactory portal) =>
        portal.WithDbAsync(db => db.ProductRounds.Where(r => r.Status == RoundStatus.Scoring && r.Year == 2026)
            .Select(r => r.Id).FirstAsync());

    public static Task<int> NationalPlanAsync(this PortalFactory portal, int year = 2026) =>
        portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Fund == Fund.Kcqg && p.Year == year)
            .Select(p => p.Id).FirstAsync());

    /// <summary>A Phú Thọ or Hòa Bình project not yet submitted: no decision, contract or settlement is due.</summary>
    public static Task<int> UnsubmittedPhuThoProjectAsync(this PortalFactory portal) =>
        portal.WithDbAsync(db => db.Projects.Where(p => (p.ProvinceCode == "17" || p.ProvinceCode == "25")
                && p.Status == ProjectStatus.Draft)
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    public static Task<int> GeneratedCountAsync(this PortalFactory portal) =>
        portal.WithDbAsync(db => db.GeneratedDocuments.CountAsync());

    public static Task<long> ProjectLinesFundSupportAsync(this PortalFactory portal, int projectId) =>
        portal.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId)
            .SelectMany(p => p.CostLines).SumAsync(l => l.FundSupportDong));
}
