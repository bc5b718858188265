using KhuyenCong.Data;
using KhuyenCong.Data.Projects;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The support cap a draft would be checked against if it were sent today, for the project form to warn as the
/// officer types (issue 15); the same choice as
/// <see cref="ProjectRules.CapAsync(Project, DateOnly, CancellationToken)"/> at "Gửi đề án", which stays the judge.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ProjectCapController(AppDbContext db, ProjectRules rules, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("/Projects/Cap")]
    public async Task<IActionResult> Get(Fund? fund, int? content, UnitGeneration? generation, string? location,
        bool complete, bool newEnterprise, CancellationToken ct)
    {
        if (!ProjectRoles.MayDraft(User)) return Forbid();
        if (fund is null || content is null || generation is null || string.IsNullOrWhiteSpace(location))
            return Json(new { found = false });
        var code = location.Trim();
        var provinceCode = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Generation == generation && u.Code == code).Select(u => u.ProvinceCode)
                .FirstOrDefaultAsync(ct);
        if (provinceCode is null) return Json(new { found = false });
        // The counts are the form's, read by the script; only the conditions choose the rule.
        var cap = await rules.CapAsync(fund.Value, content.Value, provinceCode,
            new CapFacts(0, 0, complete, newEnterprise),
            VietnamTime.Today(clock), ct);
        if (cap is null) return Json(new { found = false });
        return Json(new
        {
            found = true,
            name = cap.Name,
            legalBasis = cap.LegalBasis,
            maxPercent = cap.MaxPercent,
            capAmountDong = cap.CapAmountDong,
            multiplier = cap.Multiplier.ToString(),
            unitTerm = DomainRefusalText.Term(SupportCap.UnitTerm(cap.Multiplier).Text, localizer),
        });
    }
}
