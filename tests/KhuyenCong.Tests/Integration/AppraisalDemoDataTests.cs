using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The demo's finished past year: the 2023 appraisal council (three members, one recused from one project) and its
/// plan decision, so the council and decision pages are not empty for a newcomer; the 2026 demo has no registered
/// KCQG project outside its province's package.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class AppraisalDemoDataTests(PortalFactory portal)
{
    private const string DecisionNumber = "2315/QĐ-BCT";

    [Fact]
    public async Task Demo2023_CouncilScoredEveryProject_PagesShowTheCouncilAndTheDecision()
    {
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var council = await portal.WithDbAsync(db => db.AppraisalCouncils.AsNoTracking()
            .Include(c => c.Members).Include(c => c.Sheets).Include(c => c.Recusals).AsSplitQuery()
            .SingleAsync(c => c.Year == 2023));
        Assert.Equal(3, council.Members.Count);
        Assert.Single(council.Recusals);

        var page = await ministry.GetDocumentAsync($"/AppraisalCouncil/Details/{council.Id}");
        var progress = page.QuerySelectorAll("tr[data-project-id] .progress-cell").Select(c => c.TextContent.Trim())
            .ToList();
        Assert.Equal(["chấm 2/2", "chấm 3/3", "chấm 3/3"], progress.Order());

        var decision = await portal.WithDbAsync(db => db.PlanDecisions.AsNoTracking().Include(d => d.Items)
            .SingleAsync(d => d.Number == DecisionNumber));
        Assert.Equal((2023, 2, 1), (decision.Year, decision.Items.Count(i => i.Outcome == PlanOutcome.Approved),
            decision.Items.Count(i => i.Outcome == PlanOutcome.Rejected)));
        var list = await ministry.GetDocumentAsync("/PlanDecisions");
        Assert.NotNull(list.QuerySelector($"tr[data-decision-id='{decision.Id}']"));
        var details = await ministry.GetDocumentAsync($"/PlanDecisions/Details/{decision.Id}");
        Assert.Equal(3, details.QuerySelectorAll("tr[data-project-id]").Length);
        // Each approval carries the council's mean and the decision on the project itself.
        var ids = decision.Items.Where(i => i.Outcome == PlanOutcome.Approved).Select(i => i.ProjectId).ToList();
        var approved = await portal.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToListAsync());
        Assert.All(approved, p => Assert.Equal((ProjectStatus.Approved, DecisionNumber),
            (p.Status, p.ApprovalDecisionNumber)));
        Assert.All(approved, p => Assert.Equal((int)Math.Round(council.MeanFor(p.Id)!.Value,
            MidpointRounding.AwayFromZero), p.MinistryScore));
    }

    [Fact]
    public async Task Demo2026_EveryRegisteredKcqgProject_IsInAPackageWithTheMinistry()
    {
        var registered = await portal.WithDbAsync(db => db.Projects.Where(p => p.Year == 2026
            && p.Fund == Fund.Kcqg && p.Status == ProjectStatus.Registered).Select(p => p.Id)
            .ToListAsync());
        var listed = await portal.WithDbAsync(db => db.RegistrationPackages.AsNoTracking()
            .Include(p => p.Submissions).ThenInclude(s => s.Rows).Where(p => p.Round!.Year == 2026).ToListAsync());
        var current = listed.Where(p => p.Status == PackageStatus.Submitted)
            .SelectMany(p => p.Current!.Rows.Select(r => r.ProjectId)).ToHashSet();

        Assert.NotEmpty(registered);
        Assert.All(registered, id => Assert.Contains(id, current));
    }
}
