using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// A Sở Công Thương implementing its own KCĐP project is never stuck (DOMAIN §5: the department records the provincial
/// People's Committee's decision; §11: KCĐP is approved by the People's Committee): another officer of the Sở, who
/// neither drafted nor appraised it, finds it in the inbox and records the Committee's approval; the extension centre
/// that appraised it may not. These tests write.
/// </summary>
public sealed class DepartmentOwnProjectTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => TestNow.Today;

    /// <summary>A base-appraised KCĐP 2026 proposal of Phú Thọ that its Sở implements, appraised by the centre.
    /// </summary>
    private Task<int> OwnProjectAsync() => portal.WithDbAsync(async db =>
    {
        var commune = await db.AdministrativeUnits.SingleAsync(u =>
            u.Generation == UnitGeneration.Current && u.Level == UnitLevel.Commune && u.Code == "08740");
        var department = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoDepartment);
        var centre = await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre);
        var content = await db.ActivityContents.Where(c => c.Code == "ND08").Select(c => c.Id).SingleAsync();
        var creator = new Actor("test-creator", "Người lập thử", department);
        var appraiser = new Actor("test-appraiser", "Người thẩm định thử", centre);
        var draft = new ProjectDraft("Thông tin tuyên truyền khuyến công do Sở thực hiện", ProjectKind.Single,
            Fund.Kcdp, 2026, content, department, commune.Id, RegistrationData.PhuTho, "Tuyên truyền", null,
            new ProjectIndicators(0, 0, 0, 0, 0), new(2026, 3, 1), new(2026, 10, 31));
        var line = new CostLine(1, "Phóng sự", Vnd.FromMillions(200), Vnd.FromMillions(200), Vnd.Zero, Vnd.Zero,
            null);
        var now = TestNow.UtcNow.UtcDateTime;
        var project = new Project(draft, [line], [], creator, now);
        project.AssignCode($"TEST-SO-{Guid.NewGuid():N}"[..30]);
        project.Submit(creator, now, "ND08", null);
        project.AppraiseBase(appraiser, now, 80, Vnd.FromMillions(180), null);
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    });

    [Fact]
    public async Task Approve_KcdpProjectItsSoImplements_AnotherSoOfficerRecordsTheCommitteeDecision()
    {
        var id = await OwnProjectAsync();
        var department = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);

        var inbox = await department.GetDocumentAsync("/Inbox");
        Assert.NotNull(inbox.QuerySelector($"[data-bucket='BaseAppraised'] a[href='/Projects/Details/{id}']"));
        var page = await department.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.NotNull(page.QuerySelector("form[data-step='Approve']"));
        Assert.Null(page.QuerySelector("#not-your-steps [data-step='Approved']"));

        var response = await department.StepAsync(portal, id, "Approve", ("Amount", "180"),
            ("DecisionNumber", "321/QĐ-UBND"), ("DecisionDate", Today.ToString("yyyy-MM-dd")),
            ("Comment", "UBND tỉnh phê duyệt"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var project = await portal.ProjectAsync(id);
        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal("321/QĐ-UBND", project.ApprovalDecisionNumber);
    }
}
