using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Who may change plans and allocations, and what is refused: roles (403), scope (404), ceilings and
/// malformed amounts (the form again, nothing saved), concurrent edits, the audit trail.
/// These tests write, so they use a portal of their own.
/// </summary>
public sealed class BudgetChangeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const long M = BudgetData.Million;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private static List<KeyValuePair<string, string>> Tranche(long version, int tranche, params (int Recipient, string Amount)[] lines)
    {
        List<KeyValuePair<string, string>> fields =
            [new("Version", version.ToString()), new("Tranche", tranche.ToString()), new("DecisionNumber", $"9{tranche}/QĐ-BCT"), new("DecisionDate", "2021-10-01")];
        for (var i = 0; i < lines.Length; i++)
        {
            fields.Add(new($"Items[{i}].RecipientId", lines[i].Recipient.ToString()));
            fields.Add(new($"Items[{i}].Amount", lines[i].Amount));
        }
        return fields;
    }

    private Task<long> VersionAsync(int planId) => portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == planId).Select(p => p.Version).SingleAsync());

    [Theory]
    [InlineData(DemoAccounts.HoaBinhLeader)]
    [InlineData(DemoAccounts.MinistryLeader)]
    [InlineData(DemoAccounts.CaoPhongDistrict)]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Council)]
    public async Task ReadOnlyRoles_AnyChange_Returns403AndChangesNothing(string email)
    {
        var kcqg = await portal.NationalPlanIdAsync();
        var before = await portal.AllocationCountAsync(kcqg);
        var client = await SignedInAsync(email);
        var token = await client.GetSignedInTokenAsync();
        var recipient = await portal.OrganisationIdAsync(DemoOrganisations.HoaBinhDepartment);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/Plans/Create"));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync($"/Plans/Allocate/{kcqg}"));
        var fields = Tranche(await VersionAsync(kcqg), 3, (recipient, "10"));
        fields.Add(new("__RequestVerificationToken", token));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.PostAsync($"/Plans/Allocate/{kcqg}", new FormUrlEncodedContent(fields)));
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/Programmes/Create"));

        Assert.Equal(before, await portal.AllocationCountAsync(kcqg));
    }

    [Fact]
    public async Task DepartmentOfficer_NationalPlan_Returns403AndChangesNothing()
    {
        var kcqg = await portal.NationalPlanIdAsync();
        var before = await portal.AllocationCountAsync(kcqg);
        var recipient = await portal.OrganisationIdAsync(DemoOrganisations.HoaBinhDepartment);
        var client = await SignedInAsync(DemoAccounts.PhuThoDepartment);

        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/Plans/Create?fund=KCQG"));
        var create = await client.PostFormAsync("/Plans/Create",
            [new("Fund", "Kcqg"), new("Year", "2030"), new("Estimate", "1.000")], tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.Forbidden, create);
        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Plans/Edit/{kcqg}"));
        var post = await client.PostFormAsync($"/Plans/Allocate/{kcqg}", Tranche(await VersionAsync(kcqg), 3, (recipient, "10")), tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.NotFound, post);

        Assert.Equal(before, await portal.AllocationCountAsync(kcqg));
        Assert.False(await portal.WithDbAsync(db => db.AnnualPlans.AnyAsync(p => p.Year == 2030)));
    }

    [Fact]
    public async Task DepartmentOfficer_OtherProvincePlan_Returns404AndChangesNothing()
    {
        var hanoi = await portal.ProvincialPlanIdAsync("01");
        var estimate = await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == hanoi).Select(p => p.EstimateDong).SingleAsync());
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);

        await Expect.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync($"/Plans/Edit/{hanoi}"));
        var post = await client.PostFormAsync($"/Plans/Edit/{hanoi}",
            [new("Version", (await VersionAsync(hanoi)).ToString()), new("Estimate", "1")], tokenFromUrl: "/");
        await Expect.StatusAsync(HttpStatusCode.NotFound, post);

        Assert.Equal(estimate, await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == hanoi).Select(p => p.EstimateDong).SingleAsync()));
    }

    [Fact]
    public async Task MinistryOfficer_ProvincialPlan_Returns403()
    {
        var hoaBinh = await portal.ProvincialPlanIdAsync("17");
        var client = await SignedInAsync(DemoAccounts.MinistryOfficer);
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync($"/Plans/Allocate/{hoaBinh}"));
    }

    [Fact]
    public async Task MinistryOfficer_AddsTranche_SavedAuditedAndInOverview()
    {
        var kcqg = await portal.NationalPlanIdAsync();
        // A 2021 decision goes to an organisation of 2021: Hà Nội's department before the reform (DOMAIN §10).
        var recipient = await portal.WithDbAsync(db => db.Organisations
            .Where(o => o.Kind == KhuyenCong.Domain.Organisations.OrganisationKind.ProvincialDepartment
                        && o.ScopeUnit!.Generation == KhuyenCong.Domain.AdministrativeUnits.UnitGeneration.Legacy
                        && o.ScopeUnit.Code == "01")
            .Select(o => o.Id).FirstAsync());
        var before = await portal.AllocatedAsync(kcqg);
        var client = await SignedInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.PostFormAsync($"/Plans/Allocate/{kcqg}", Tranche(await VersionAsync(kcqg), 3, (recipient, "1.250,5")), tokenFromUrl: $"/Plans/Allocate/{kcqg}");

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal(before + 1_250_500_000, await portal.AllocatedAsync(kcqg));
        var entry = await portal.WithDbAsync(db => db.Allocations.OrderByDescending(a => a.Id).FirstAsync(a => a.PlanId == kcqg));
        Assert.Equal(DemoAccounts.MinistryOfficer, entry.CreatedBy);
        Assert.Equal(3, entry.Tranche);
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(l => l.EntityType == nameof(Allocation) && l.EntityKey == entry.Id.ToString() && l.UserName == DemoAccounts.MinistryOfficer)));
        var plan = await portal.WithDbAsync(db => db.AnnualPlans.SingleAsync(p => p.Id == kcqg));
        Assert.Equal(before + 1_250_500_000, plan.AllocatedDong);
    }

    [Fact]
    public async Task Allocate_InEnglish_NoticeIsTranslatedWithItsNumbers()
    {
        var kcqg = await portal.NationalPlanIdAsync();
        var recipient = await portal.OrganisationIdAsync(DemoOrganisations.ServiceCentre1);
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        await client.SignInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.PostFormAsync($"/Plans/Allocate/{kcqg}", Tranche(await VersionAsync(kcqg), 5, (recipient, "10")), tokenFromUrl: $"/Plans/Allocate/{kcqg}");
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);

        var notice = (await client.GetDocumentAsync(Expect.Location(response))).QuerySelector(".alert-success")!.TextContent;
        Assert.Contains("Tranche 5 allocated to 1 recipients.", notice);
    }

    [Fact]
    public async Task Allocate_BeyondEstimate_ShowsCeilingAndExcess_NothingSaved()
    {
        var kcqg = await portal.NationalPlanIdAsync();
        var (estimate, allocated) = await portal.WithDbAsync(async db =>
        {
            var p = await db.AnnualPlans.SingleAsync(x => x.Id == kcqg);
            return (p.EstimateDong, p.AllocatedDong);
        });
        var count = await portal.AllocationCountAsync(kcqg);
        // Two ministry service units: still active, unlike the legacy provinces' departments (ended 30/06/2025).
        var a = await portal.OrganisationIdAsync("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp 3");
        var b = await portal.OrganisationIdAsync(DemoOrganisations.ServiceCentre1);
        var remaining = (estimate - allocated) / M;
        var client = await SignedInAsync(DemoAccounts.MinistryOfficer);

        // The first line fits on its own; with the second the tranche passes the estimate by 7 million.
        var response = await client.PostFormAsync($"/Plans/Allocate/{kcqg}",
            Tranche(await VersionAsync(kcqg), 4, (a, "100"), (b, (remaining - 100 + 7).ToString())), tokenFromUrl: $"/Plans/Allocate/{kcqg}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var text = (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("Vượt dự toán KCQG năm 2021", text);
        Assert.Contains("vượt 7 triệu đồng", text);
        Assert.Equal(count, await portal.AllocationCountAsync(kcqg));
    }

    [Fact]
    public async Task Allocate_AmbiguousAmount_ExplainsAndKeepsInput_NothingSaved()
    {
        var kcqg = await portal.NationalPlanIdAsync();
        var count = await portal.AllocationCountAsync(kcqg);
        var recipient = await portal.OrganisationIdAsync(DemoOrganisations.HoaBinhDepartment);
        var client = await SignedInAsync(DemoAccounts.MinistryOfficer);

        var response = await client.PostFormAsync($"/Plans/Allocate/{kcqg}", Tranche(await VersionAsync(kcqg), 3, (recipient, "1,505")), tokenFromUrl: $"/Plans/Allocate/{kcqg}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var page = await PortalClientExtensions.ParseHtmlAsync(response);
        Assert.Contains("không rõ ràng", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("1,505", page.QuerySelector("input[name='Items[0].Amount']")!.GetAttribute("value"));
        Assert.Equal(count, await portal.AllocationCountAsync(kcqg));
    }

    [Fact]
    public async Task Allocate_RecipientOutsideProvince_RefusedForKcdp()
    {
        // 2021 is closed in the demo; 2022 is still open.
        var hoaBinh = await portal.ProvincialPlanIdAsync("17", 2022);
        var count = await portal.AllocationCountAsync(hoaBinh);
        var phuTho = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);

        var response = await client.PostFormAsync($"/Plans/Allocate/{hoaBinh}", Tranche(await VersionAsync(hoaBinh), 2, (phuTho, "1")), tokenFromUrl: $"/Plans/Allocate/{hoaBinh}");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("không nhận được kinh phí của kế hoạch này", await response.Content.ReadAsStringAsync());
        Assert.Equal(count, await portal.AllocationCountAsync(hoaBinh));
    }

    [Fact]
    public async Task Correct_Negative_AddsEntryKeepsOriginal()
    {
        var kcqg = await portal.NationalPlanIdAsync();
        var centre = await portal.OrganisationIdAsync(DemoOrganisations.ServiceCentre1);
        var original = await portal.WithDbAsync(db => db.Allocations.FirstAsync(a => a.PlanId == kcqg && a.RecipientId == centre));
        var before = await portal.AllocatedAsync(kcqg);
        var client = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var url = $"/Plans/Correct/{kcqg}?allocationId={original.Id}";

        var response = await client.PostFormAsync(url,
            [new("Version", (await VersionAsync(kcqg)).ToString()), new("Change", "-50"), new("DecisionNumber", "2001/QĐ-BCT"),
             new("DecisionDate", "2021-11-15"), new("Reason", "Giảm theo đề nghị của Trung tâm")], tokenFromUrl: url);

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        Assert.Equal(before - 50 * M, await portal.AllocatedAsync(kcqg));
        var again = await portal.WithDbAsync(db => db.Allocations.SingleAsync(a => a.Id == original.Id));
        Assert.Equal(original.AmountDong, again.AmountDong);
        Assert.True(await portal.WithDbAsync(db => db.Allocations.AnyAsync(a => a.CorrectsId == original.Id && a.AmountDong == -50 * M && a.Note == "Giảm theo đề nghị của Trung tâm")));
    }

    [Fact]
    public async Task Correct_BelowWhatRunningProjectsHold_RefusedWithShortfall()
    {
        // Hòa Bình's 1,100 million of KCQG 2021 is fully used by its three settled projects.
        var kcqg = await portal.NationalPlanIdAsync();
        var hoaBinh = await portal.OrganisationIdAsync(DemoOrganisations.HoaBinhDepartment);
        var original = await portal.WithDbAsync(db => db.Allocations.FirstAsync(a => a.PlanId == kcqg && a.RecipientId == hoaBinh && a.Tranche == 2));
        var count = await portal.AllocationCountAsync(kcqg);
        var client = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var url = $"/Plans/Correct/{kcqg}?allocationId={original.Id}";

        var response = await client.PostFormAsync(url,
            [new("Version", (await VersionAsync(kcqg)).ToString()), new("Change", "-50"), new("DecisionNumber", "2002/QĐ-BCT"),
             new("DecisionDate", "2021-11-15"), new("Reason", "Giảm")], tokenFromUrl: url);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("thiếu 50 triệu đồng", await response.Content.ReadAsStringAsync());
        Assert.Equal(count, await portal.AllocationCountAsync(kcqg));
    }

    [Fact]
    public async Task Correct_WithoutReason_RefusedNothingSaved()
    {
        var kcqg = await portal.NationalPlanIdAsync();
        var original = await portal.WithDbAsync(db => db.Allocations.FirstAsync(a => a.PlanId == kcqg));
        var count = await portal.AllocationCountAsync(kcqg);
        var client = await SignedInAsync(DemoAccounts.MinistryOfficer);
        var url = $"/Plans/Correct/{kcqg}?allocationId={original.Id}";

        var response = await client.PostFormAsync(url,
            [new("Version", (await VersionAsync(kcqg)).ToString()), new("Change", "-1"), new("DecisionNumber", "1/QĐ-BCT"), new("DecisionDate", "2021-11-15")], tokenFromUrl: url);

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Lý do điều chỉnh", await response.Content.ReadAsStringAsync());
        Assert.Equal(count, await portal.AllocationCountAsync(kcqg));
    }

    [Fact]
    public async Task AdjustEstimate_TwoOfficersSameVersion_SecondRefusedFirstKept()
    {
        var plan = await portal.ProvincialPlanIdAsync("17", 2022);
        var version = await VersionAsync(plan);
        var url = $"/Plans/{plan}/AdjustEstimate";
        var first = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var second = await SignedInAsync(DemoAccounts.HoaBinhCentre);
        var firstToken = await first.GetFormTokenAsync(url);
        var secondToken = await second.GetFormTokenAsync(url);
        List<KeyValuePair<string, string>> Fields(string estimate, string token) =>
            [new("Version", version.ToString()), new("Estimate", estimate), new("DecisionNumber", "55/QĐ-UBND"),
             new("DecisionDate", "2022-06-15"), new("Reason", "Bổ sung dự toán"),
             new("__RequestVerificationToken", token)];

        var ok = await first.PostAsync(url, new FormUrlEncodedContent(Fields("500", firstToken)));
        var conflict = await second.PostAsync(url, new FormUrlEncodedContent(Fields("450", secondToken)));

        await Expect.StatusAsync(HttpStatusCode.Redirect, ok);
        await Expect.StatusAsync(HttpStatusCode.OK, conflict);
        var page = await PortalClientExtensions.ParseHtmlAsync(conflict);
        Assert.Contains("changed by someone else", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("450", page.QuerySelector("input[name='Estimate']")!.GetAttribute("value"));
        Assert.Equal(500 * M, await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == plan).Select(p => p.EstimateDong).SingleAsync()));
        // The re-shown form carries the stored version: saving again is a deliberate overwrite, not another conflict.
        Assert.Equal((await VersionAsync(plan)).ToString(), page.QuerySelector("input[name='Version']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AdjustEstimate_BelowAllocated_RefusedWithShortfall()
    {
        var plan = await portal.ProvincialPlanIdAsync("17", 2023);
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        var allocated = await portal.AllocatedAsync(plan);

        var response = await client.PostFormAsync($"/Plans/{plan}/AdjustEstimate",
            [new("Version", (await VersionAsync(plan)).ToString()), new("Estimate", ((allocated / M) - 5).ToString()),
             new("DecisionNumber", "56/QĐ-UBND"), new("DecisionDate", "2023-06-15"), new("Reason", "Giảm")],
            tokenFromUrl: $"/Plans/{plan}/AdjustEstimate");

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("thiếu 5 triệu đồng", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DepartmentOfficer_CreatesKcdpPlanForOwnProvinceOnly_ThenDuplicateRefused()
    {
        var client = await SignedInAsync(DemoAccounts.HoaBinhDepartment);
        List<KeyValuePair<string, string>> fields =
            [new("Fund", "Kcdp"), new("Year", "2029"), new("Estimate", "420"), new("DecisionNumber", "3100/QĐ-UBND"), new("DecisionDate", "2028-12-20")];

        var created = await client.PostFormAsync("/Plans/Create", fields, tokenFromUrl: "/Plans/Create?fund=KCDP");
        var duplicate = await client.PostFormAsync("/Plans/Create", fields, tokenFromUrl: "/Plans/Create?fund=KCDP");

        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var plan = await portal.WithDbAsync(db => db.AnnualPlans.Include(p => p.OwnerUnit).SingleAsync(p => p.Year == 2029 && p.Fund == Fund.Kcdp));
        // hoabinh.so works for Phú Thọ's department since 01/07/2025: the plan is Phú Thọ's (current 25).
        Assert.Equal(("25", UnitGeneration.Current), (plan.OwnerUnit!.Code, plan.OwnerUnit.Generation));
        Assert.Equal(420 * M, plan.EstimateDong);
        await Expect.StatusAsync(HttpStatusCode.OK, duplicate);
        Assert.Contains("Đã có kế hoạch KCĐP năm 2029", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Allocation_UpdateOrDelete_RefusedByDataLayer()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => portal.WithDbAsync(async db =>
        {
            var entry = await db.Allocations.FirstAsync();
            db.Allocations.Remove(entry);
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", error.Message);
    }
}
