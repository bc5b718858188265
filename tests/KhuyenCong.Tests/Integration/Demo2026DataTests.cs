using System.Net.Http.Json;
using System.Text.Json;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// The demo's 2026 (issue 12, DOMAIN §10): KCĐP plans of current provinces with projects at current communes, the
/// KCQG plan allocated to the current provinces' active Sở, and no 2026 record on a legacy unit or an ended
/// organisation. Reads only.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class Demo2026DataTests(PortalFactory portal)
{
    private const int Year = 2026;
    private const string PhuTho = "25";

    /// <summary>Who saved the seeded records: the demo's, not those other tests on the shared portal add.</summary>
    private const string Seeded = "system";

    [Fact]
    public async Task KcdpPlans2026_AtLeastFourCurrentProvincesBesidesPhuTho_EachWithProjects()
    {
        var plans = await portal.WithDbAsync(db => db.AnnualPlans.AsNoTracking().Include(p => p.OwnerUnit)
            .Where(p => p.Year == Year && p.Fund == Fund.Kcdp && p.CreatedBy == Seeded).ToListAsync());
        var projectProvinces = await portal.WithDbAsync(db => db.Projects
            .Where(p => p.Year == Year && p.Fund == Fund.Kcdp && p.CreatedBy == Seeded)
            .Select(p => p.ProvinceCode).Distinct().ToListAsync());

        Assert.All(plans, p => Assert.Equal(UnitGeneration.Current, p.OwnerUnit!.Generation));
        var provinces = plans.Select(p => p.OwnerUnit!.Code).ToList();
        Assert.Contains(PhuTho, provinces);
        Assert.True(provinces.Count(c => c != PhuTho) >= 3, $"KCĐP 2026 plans of: {string.Join(", ", provinces)}");
        Assert.All(provinces, c => Assert.Contains(c, projectProvinces));
        Assert.All(plans, p =>
        {
            Assert.True(p.DecisionDate >= AdministrativeUnit.CurrentValidFrom, $"{p.OwnerUnit!.Name} {p.DecisionDate}");
            Assert.InRange(p.AllocatedDong, 1, p.EstimateDong);
        });
    }

    [Fact]
    public async Task Projects2026_AtCurrentCommunesOfTheirProvince_InEveryStateUpToInProgress()
    {
        var projects = await portal.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.LocationUnit)
            .Include(p => p.Disbursements).Where(p => p.Year == Year && p.CreatedBy == Seeded).ToListAsync());

        Assert.All(projects, p =>
        {
            var unit = p.LocationUnit!;
            Assert.Equal((UnitGeneration.Current, UnitLevel.Commune), (unit.Generation, unit.Level));
            Assert.Equal(p.ProvinceCode, unit.ProvinceCode);
        });
        ProjectStatus[] states =
            [ProjectStatus.Draft, ProjectStatus.Submitted, ProjectStatus.Approved, ProjectStatus.InProgress];
        foreach (var fund in new[] { Fund.Kcdp, Fund.Kcqg })
            Assert.Contains(projects, p => p.Fund == fund && p.Status == ProjectStatus.InProgress);
        Assert.All(states, s => Assert.Contains(projects, p => p.Status == s));
        Assert.All(projects.Where(p => ProjectStatusGroups.Approved.Contains(p.Status)), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.ApprovalDecisionNumber));
            Assert.Equal(Year, p.ApprovalDecisionDate!.Value.Year);
            Assert.EndsWith(p.Fund == Fund.Kcqg ? "/QĐ-BCT" : "/QĐ-UBND", p.ApprovalDecisionNumber);
        });
        Assert.All(projects.Where(p => p.Status == ProjectStatus.InProgress), p =>
        {
            Assert.NotEmpty(p.Disbursements);
            Assert.InRange(p.DisbursedDong, 1, p.ApprovedSupportDong!.Value);
        });
    }

    [Fact]
    public async Task Kcqg2026_AllocatedIn2026ToTheActiveSoOfCurrentProvincesOnly()
    {
        var plan = await portal.WithDbAsync(db => db.AnnualPlans.AsNoTracking().Include(p => p.Programme)
            .Include(p => p.Allocations).ThenInclude(a => a.Recipient!).ThenInclude(o => o.ScopeUnit)
            .SingleAsync(p => p.Year == Year && p.Fund == Fund.Kcqg));
        var kcdpProvinces = await portal.WithDbAsync(db => db.AnnualPlans
            .Where(p => p.Year == Year && p.Fund == Fund.Kcdp).Select(p => p.OwnerUnit!.Code).ToListAsync());

        Assert.True(plan.Programme!.Covers(Year));
        var seeded = plan.Allocations.Where(a => a.CreatedBy == Seeded).ToList();
        Assert.NotEmpty(seeded);
        Assert.All(seeded, a =>
        {
            var recipient = a.Recipient!;
            Assert.Equal(OrganisationKind.ProvincialDepartment, recipient.Kind);
            var unit = recipient.ScopeUnit!;
            Assert.Equal((UnitGeneration.Current, UnitLevel.Province), (unit.Generation, unit.Level));
            Assert.True(recipient.IsActiveOn(a.DecisionDate), $"{recipient.Name} on {a.DecisionDate}");
            Assert.Null(recipient.ValidTo);
            Assert.Equal(Year, a.DecisionDate.Year);
        });
        // One Sở per current province, all 34 of them.
        var byProvince = seeded.GroupBy(a => a.Recipient!.ScopeUnit!.Code)
            .ToDictionary(g => g.Key, g => g.Select(a => a.RecipientId).Distinct().ToList());
        Assert.Equal(34, byProvince.Count);
        Assert.All(byProvince.Values, ids => Assert.Single(ids));
        Assert.Superset(kcdpProvinces.ToHashSet(), byProvince.Keys.ToHashSet());
        Assert.InRange(plan.AllocatedDong, 1, plan.EstimateDong);
    }

    [Fact]
    public async Task CurrentProvinces_EachHasOneActiveSoAndOneActiveCentre_WithOfficialNames()
    {
        var organisations = await portal.WithDbAsync(db => db.Organisations.AsNoTracking().Include(o => o.ScopeUnit)
            .Where(o => o.ValidTo == null && o.ScopeUnit != null && o.ScopeUnit.Generation == UnitGeneration.Current
                        && o.ScopeUnit.Level == UnitLevel.Province)
            .ToListAsync());

        var departments = organisations.Where(o => o.Kind == OrganisationKind.ProvincialDepartment).ToList();
        Assert.Equal(34, departments.Select(o => o.ScopeUnit!.Code).Distinct().Count());
        Assert.All(departments.GroupBy(o => o.ScopeUnit!.Code), g => Assert.Single(g));
        // The five provinces of the KCĐP demo also have their extension centre.
        var centres = organisations.Where(o => o.Kind == OrganisationKind.ProvincialExtensionCentre)
            .GroupBy(o => o.ScopeUnit!.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(new[] { PhuTho, "01", "15", "48", "92" }, c => Assert.Equal(1, centres.GetValueOrDefault(c)));
        Assert.Equal("Sở Công Thương thành phố Hà Nội", departments.Single(o => o.ScopeUnit!.Code == "01").Name);
        Assert.Equal("Sở Công Thương tỉnh Lào Cai", departments.Single(o => o.ScopeUnit!.Code == "15").Name);
    }

    [Fact]
    public async Task Records2026_ReferToNoLegacyUnitAndNoEndedOrganisation()
    {
        var (plans, allocations, projects, beneficiaryUnits) = await portal.WithDbAsync(async db => (
            await db.AnnualPlans.AsNoTracking().Include(p => p.OwnerUnit)
                .Where(p => p.Year == Year && p.CreatedBy == Seeded).ToListAsync(),
            await db.Allocations.AsNoTracking().Include(a => a.Recipient!).ThenInclude(o => o.ScopeUnit)
                .Where(a => a.Plan!.Year == Year && a.CreatedBy == Seeded).ToListAsync(),
            await db.Projects.AsNoTracking().Include(p => p.LocationUnit)
                .Include(p => p.ImplementingOrganisation!).ThenInclude(o => o.ScopeUnit)
                .Where(p => p.Year == Year && p.CreatedBy == Seeded).ToListAsync(),
            await db.Projects.Where(p => p.Year == Year && p.CreatedBy == Seeded)
                .SelectMany(p => p.Beneficiaries)
                .Join(db.Establishments, b => b.EstablishmentId, e => e.Id, (_, e) => e.AddressUnit!.Generation)
                .ToListAsync()));

        Assert.All(plans, p => Assert.True(p.OwnerUnit is null || p.OwnerUnit.Generation == UnitGeneration.Current));
        Assert.All(allocations.Select(a => a.Recipient!), AssertCurrentAndActive);
        Assert.All(projects, p =>
        {
            Assert.Equal(UnitGeneration.Current, p.LocationUnit!.Generation);
            AssertCurrentAndActive(p.ImplementingOrganisation!);
        });
        Assert.NotEmpty(beneficiaryUnits);
        Assert.All(beneficiaryUnits, g => Assert.Equal(UnitGeneration.Current, g));
    }

    [Fact]
    public async Task Ceilings2026_ApprovedWithinEachImplementersAllocation()
    {
        var (approved, allocated) = await portal.WithDbAsync(async db => (
            await db.Projects.Where(p => p.Year == Year && p.CreatedBy == Seeded)
                .Where(p => ProjectStatusGroups.Approved.Contains(p.Status))
                .GroupBy(p => new { p.ImplementingOrganisationId, p.Fund })
                .Select(g => new
                {
                    Id = g.Key.ImplementingOrganisationId, g.Key.Fund, Sum = g.Sum(p => p.ApprovedSupportDong ?? 0),
                })
                .ToListAsync(),
            await db.Allocations.Where(a => a.Plan!.Year == Year)
                .GroupBy(a => new { a.RecipientId, a.Plan!.Fund })
                .Select(g => new { g.Key.RecipientId, g.Key.Fund, Sum = g.Sum(a => a.AmountDong) })
                .ToListAsync()));

        Assert.NotEmpty(approved);
        Assert.All(approved, a =>
        {
            var ceiling = allocated.SingleOrDefault(x => x.RecipientId == a.Id && x.Fund == a.Fund)?.Sum ?? 0;
            Assert.True(a.Sum <= ceiling, $"organisation {a.Id} {a.Fund}: {a.Sum} > {ceiling}");
        });
    }

    [Fact]
    public async Task PhuThoOfficer_ProjectList2026_ShowsPhuThoProjectsOnly()
    {
        var (own, others) = await portal.WithDbAsync(async db => (
            await db.Projects.Where(p => p.Year == Year && p.ProvinceCode == PhuTho && p.CreatedBy == Seeded)
                .Select(p => p.Code).ToListAsync(),
            await db.Projects.Where(p => p.Year == Year && p.ProvinceCode != PhuTho && p.CreatedBy == Seeded)
                .Select(p => p.Code).ToListAsync()));
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.PhuThoDepartment);

        var text = (await client.GetDocumentAsync($"/Projects?year={Year}")).QuerySelector("#projects")!.TextContent;

        Assert.NotEmpty(own);
        Assert.All(own, code => Assert.Contains(code, text));
        Assert.NotEmpty(others);
        Assert.All(others, code => Assert.DoesNotContain(code, text));
    }

    [Fact]
    public async Task BudgetSummary2026_MinistryKcqgAllocatedIsTheSumOfTheDemoTranches()
    {
        var (estimate, allocated) = await portal.WithDbAsync(async db => (
            await db.AnnualPlans.Where(p => p.Year == Year && p.Fund == Fund.Kcqg)
                .Select(p => p.EstimateDong).SingleAsync(),
            await db.Allocations.Where(a => a.Plan!.Year == Year && a.Plan.Fund == Fund.Kcqg)
                .SumAsync(a => a.AmountDong)));
        var client = portal.CreateClient();
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/v1/budget/summary?year={Year}&fund=KCQG");

        Assert.Equal(estimate, summary.GetProperty("estimate").GetInt64());
        Assert.Equal(allocated, summary.GetProperty("allocated").GetInt64());
        Assert.True(summary.GetProperty("disbursed").GetInt64() > 0);
    }

    private static void AssertCurrentAndActive(Organisation organisation)
    {
        Assert.True(organisation.ScopeUnit is null || organisation.ScopeUnit.Generation == UnitGeneration.Current,
            $"{organisation.Name} works for a legacy unit");
        Assert.True(organisation.ValidTo is null, $"{organisation.Name} ended on {organisation.ValidTo}");
    }
}
