using System.Net;
using AngleSharp.Html.Dom;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// A plan closed with a project carried to next year still shows what its allocation funded (the amount approved
/// before the carry, not 0), and the plan page names the people who recorded its entries, not their e-mails.
/// </summary>
public sealed class ClosedPlanPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static List<string> Hidden(IHtmlDocument page, string suffix) => page.QuerySelectorAll("input[type=hidden]")
        .OfType<IHtmlInputElement>().Where(i => i.Name!.EndsWith(suffix, StringComparison.Ordinal))
        .Select(i => i.Value).ToList();

    [Fact]
    public async Task Close_WithACarriedLinkedProject_PlanPageKeepsItsLinkedAmount_AndNamesTheRecorder()
    {
        var plan = await portal.NationalPlanIdAsync();
        var ministry = await portal.ClientAsync(DemoAccounts.MinistryOfficer);
        var checklist = await ministry.GetDocumentAsync($"/Plans/{plan}/YearEnd");
        var projects = Hidden(checklist, ".ProjectId").Select(int.Parse).ToList();
        var recipients = Hidden(checklist, ".RecipientId");
        // A recipient whose projects go on after the close keeps what they still need (chuyển nguồn).
        var owed = checklist.QuerySelectorAll("#unspent tbody tr[data-owed]")
            .Select(r => long.Parse(r.GetAttribute("data-owed")!) > 0).ToList();
        // The first not-started project is funded by a tranche entry of its implementer.
        var (entry, approved) = await portal.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Id == projects[0]);
            var allocation = await db.Allocations.Include(a => a.Plan).Include(a => a.Projects)
                .Where(a => a.PlanId == plan && a.CorrectsId == null)
                .OrderBy(a => a.RecipientId == project.ImplementingOrganisationId ? 0 : 1).ThenBy(a => a.Id)
                .FirstAsync();
            if (allocation.RecipientId != project.ImplementingOrganisationId)
                await db.Projects.Where(p => p.Id == project.Id).ExecuteUpdateAsync(s =>
                    s.SetProperty(p => p.ImplementingOrganisationId, allocation.RecipientId));
            await db.Entry(project).ReloadAsync();
            allocation.LinkProjects([project], [allocation.RecipientId]);
            await db.SaveChangesAsync();
            return (allocation.Id, project.ApprovedSupportDong!.Value);
        });
        var page = await ministry.GetDocumentAsync($"/Plans/Details/{plan}");
        var linkedBefore = LinkedText(page, entry);
        Assert.Contains(Vnd.FormatMillions(approved), linkedBefore);

        List<KeyValuePair<string, string>> fields =
        [
            new("Version", (await portal.WithDbAsync(db => db.AnnualPlans.Where(p => p.Id == plan)
                .Select(p => p.Version).SingleAsync())).ToString()),
            new("DecisionNumber", "15/QĐ-BCT"), new("Note", "Khóa sổ năm 2021"),
        ];
        for (var i = 0; i < projects.Count; i++)
        {
            fields.Add(new($"Projects[{i}].ProjectId", projects[i].ToString()));
            fields.Add(new($"Projects[{i}].Action", i == 0 ? "Carry" : "Cancel"));
            fields.Add(new($"Projects[{i}].Reason", i == 0 ? "Chưa kịp ký hợp đồng" : "Cơ sở rút đăng ký"));
        }
        for (var i = 0; i < recipients.Count; i++)
        {
            fields.Add(new($"Balances[{i}].RecipientId", recipients[i]));
            fields.Add(new($"Balances[{i}].Disposition", owed[i] ? "CarriedOver" : "Returned"));
        }
        await Expect.StatusAsync(HttpStatusCode.Redirect, await ministry.PostFormAsync($"/Plans/{plan}/YearEnd",
            fields, tokenFromUrl: $"/Plans/{plan}/YearEnd"));
        var carried = await portal.ProjectAsync(projects[0]);
        Assert.Equal((2022, (long?)null), (carried.Year, carried.ApprovedSupportDong));

        page = await ministry.GetDocumentAsync($"/Plans/Details/{plan}");
        Assert.Equal(linkedBefore, LinkedText(page, entry));
        // "Người nhập": the ministry officer's name, not the account's e-mail.
        var events = page.QuerySelector("#year-events")!.TextContent;
        Assert.Contains("Nguyễn Văn Bộ", events);
        Assert.DoesNotContain(DemoAccounts.MinistryOfficer, events);
    }

    private static string LinkedText(IHtmlDocument page, int entry) =>
        page.QuerySelector($"#allocation-entries tr[data-entry='{entry}'] [data-field='linked']")!.TextContent.Trim();
}
