using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Money after approval through the project page (issue 13): advances and payments, an advance cleared by payments,
/// reversal entries, settlement per Mẫu 1 line, the balance paid or recovered, then closing. Phú Thọ's department
/// records the money of a KCĐP project its extension centre implements; every refusal leaves the ledger and the
/// project as they were.
/// </summary>
public sealed class ProjectMoneyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Officer = DemoAccounts.PhuThoDepartment;

    private async Task<HttpClient> As(string email)
    {
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        return client;
    }

    private static (string, string)[] Entry(string kind, string amount, string number, string date = "2026-07-01",
        string? cleared = null) =>
    [
        ("DisbursementKind", kind), ("Amount", amount), ("DecisionNumber", number), ("DecisionDate", date),
        ("AdvanceCleared", cleared ?? ""),
    ];

    private static (string, string)[] Settlement(string line1, string line2) =>
    [
        ("LineActuals[0].Order", "1"), ("LineActuals[0].Amount", line1),
        ("LineActuals[1].Order", "2"), ("LineActuals[1].Amount", line2),
        ("DecisionNumber", "45/QĐ-SCT"), ("DecisionDate", "2026-12-10"),
    ];

    private Task<Project> LoadAsync(int id) => portal.WithDbAsync(db => db.Projects.AsNoTracking()
        .Include(p => p.History).Include(p => p.CostLines).Include(p => p.Disbursements)
        .AsSplitQuery().SingleAsync(p => p.Id == id));

    /// <summary>What a refusal must leave as it was.</summary>
    private async Task<(ProjectStatus, long, int, int, long?, long)> StateAsync(int id)
    {
        var p = await LoadAsync(id);
        return (p.Status, p.DisbursedDong, p.Disbursements.Count, p.History.Count, p.SettledDong, p.Version);
    }

    /// <summary>
    /// A running KCĐP project of Phú Thọ (lines of 170 and 150 support, 320 approved), put under contract through
    /// the domain's own steps by stand-in officers, so each test starts with an empty ledger.
    /// </summary>
    private Task<int> RunningAsync(string name) => portal.WithDbAsync(async db =>
    {
        var template = await db.Projects.AsNoTracking().Include(p => p.Beneficiaries)
            .SingleAsync(p => p.Name == Template);
        var department = await db.Organisations
            .Where(o => o.Name == DemoOrganisations.PhuThoDepartment && o.ValidTo == null)
            .Select(o => o.Id).SingleAsync();
        var creator = new Actor("test-ttkc", "Cán bộ Trung tâm", template.ImplementingOrganisationId);
        // The province's department is the approving level of a KCĐP project (separation of duties).
        var appraiser = new Actor("test-tham-dinh", "Cán bộ thẩm định", department)
            { OrganisationKind = OrganisationKind.ProvincialDepartment };
        var approver = new Actor("test-phe-duyet", "Cán bộ Sở", department)
            { OrganisationKind = OrganisationKind.ProvincialDepartment };
        var now = new DateTime(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);
        var draft = new ProjectDraft(name, template.Kind, template.Fund, template.Year, template.ActivityContentId,
            template.ImplementingOrganisationId, template.LocationUnitId, template.ProvinceCode, "Mục tiêu", null,
            new ProjectIndicators(2, 0, 4, 0, 18), new(2026, 6, 1), new(2026, 11, 30));
        CostLine[] lines =
        [
            new(1, "Máy rửa, máy phân loại quả", M(420), M(170), M(250), Vnd.Zero, null),
            new(2, "Kho lạnh bảo quản", M(380), M(150), M(230), Vnd.Zero, null),
        ];
        var p = new Project(draft, lines, template.Beneficiaries.Select(b => b.EstablishmentId), creator, now);
        p.AssignCode($"KCĐP-2026-PTO-T{Guid.NewGuid():N}"[..30]);
        p.Submit(creator, now, "ND04", null);
        p.AppraiseBase(appraiser, now, 85, Vnd.FromMillions(320), null);
        p.Approve(approver, now, null, Vnd.FromMillions(320), "1500/QĐ-UBND", new(2026, 6, 1), null, null);
        p.Start(creator, now, "HĐ 15/2026", new(2026, 6, 5), new FundingHeadroom("TTKC", M(10_000), Vnd.Zero));
        db.Projects.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    });

    private async Task<int> EntryIdAsync(int project, string number) =>
        await portal.WithDbAsync(db => db.Set<Disbursement>()
            .Where(d => d.ProjectId == project && d.DocumentNumber == number).Select(d => d.Id).SingleAsync());

    /// <summary>The reason shown on the form the portal answered with.</summary>
    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await PortalClientExtensions.ParseHtmlAsync(response)).QuerySelector(".alert-danger")?.TextContent ?? "";

    private static async Task Done(Task<HttpResponseMessage> step) =>
        await Expect.StatusAsync(HttpStatusCode.Redirect, await step);

    private static string[] Cells(AngleSharp.Html.Dom.IHtmlDocument page, string field) =>
        [.. page.QuerySelectorAll($"#payments [data-field={field}]").Select(c => c.TextContent)];

    private const string Template = "Hỗ trợ ứng dụng máy móc thiết bị sơ chế, bảo quản cam cho các cơ sở xã Cao Phong";

    private static Vnd M(decimal millions) => Vnd.FromMillions(millions);

    [Fact]
    public async Task AdvanceClearedByPayment_SettledPerLine_BalancePaid_ThenClosed_ShownOnThePage()
    {
        var id = await RunningAsync("Đề án thử: tạm ứng, thanh toán, quyết toán");
        var officer = await As(Officer);

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await officer.StepAsync(portal, id, "Disburse", Entry("Advance", "100", "TU-01", "2026-06-10")));
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await officer.StepAsync(portal, id, "Disburse",
                Entry("Payment", "50", "TT-01", "2026-08-10", cleared: "60")));

        var page = await officer.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Equal(["100", "150"], Cells(page, "paid-after"));
        Assert.Equal(["100", "40"], Cells(page, "advance-after"));
        Assert.Equal("40", page.QuerySelector("#payment-summary [data-field=advance-outstanding]")!.TextContent.Trim());

        await Done(officer.StepAsync(portal, id, "Accept",
            ("DecisionNumber", "BB-NT 01"), ("DecisionDate", "2026-11-30")));
        await Done(officer.StepAsync(portal, id, "Settle", Settlement("120", "80")));

        var settled = await LoadAsync(id);
        Assert.Equal((ProjectStatus.Settled, 200_000_000L), (settled.Status, settled.SettledDong!.Value));
        Assert.Equal([120_000_000L, 80_000_000L],
            settled.CostLines.OrderBy(l => l.Order).Select(l => l.SettledSupportDong!.Value));
        page = await officer.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Equal("50", page.QuerySelector("#payment-summary [data-field=balance]")!.TextContent.Trim());
        Assert.Equal("200", page.QuerySelector("#settlement-lines [data-field=settled-total]")!.TextContent);
        var outstanding = page.QuerySelector("#payment-summary [data-field=advance-outstanding]")!.TextContent;
        Assert.StartsWith("0", outstanding.Trim());
        // Only the step that can be taken now: the balance's payment, not closing nor recovering.
        Assert.NotNull(page.QuerySelector("form[data-step=Disburse]"));
        Assert.Null(page.QuerySelector("form[data-step=Close]"));
        Assert.Null(page.QuerySelector("form[data-step=Recover]"));

        Assert.True(await InInboxAsync(officer, id));

        var before = await StateAsync(id);
        var refused = await officer.StepAsync(portal, id, "Close");
        await Expect.StatusAsync(HttpStatusCode.Conflict, refused);
        Assert.Contains("còn phải thanh toán 50 triệu đồng", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await StateAsync(id));

        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await officer.StepAsync(portal, id, "Disburse", Entry("Payment", "50", "TT-02", "2026-12-20")));
        page = await officer.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.NotNull(page.QuerySelector("form[data-step=Close]"));
        await Done(officer.StepAsync(portal, id, "Close", ("Comment", "Hoàn thành")));

        var closed = await LoadAsync(id);
        Assert.Equal((ProjectStatus.Closed, 200_000_000L), (closed.Status, closed.DisbursedDong));
        Assert.Equal(ProjectAction.Closed, closed.History.OrderBy(h => h.Id).Last().Action);
        Assert.True(await portal.WithDbAsync(db => db.AuditLog.AnyAsync(l =>
            l.EntityType == nameof(Disbursement) && l.UserName == Officer)));
        page = await officer.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Empty(page.QuerySelectorAll("form[data-step]"));
        Assert.False(await InInboxAsync(officer, id));
    }

    /// <summary>Whether the project waits in the officer's inbox among the settled ones.</summary>
    private static async Task<bool> InInboxAsync(HttpClient client, int id) =>
        (await client.GetDocumentAsync("/Inbox"))
        .QuerySelector($"section[data-bucket=Settled] a[href='/Projects/Details/{id}']") is not null;

    [Fact]
    public async Task SettledFortyFiveWithThirtyPaid_TheFifteenLeftIsPaid()
    {
        var id = await RunningAsync("Đề án thử: 45 quyết toán, 30 đã chi");
        var officer = await As(Officer);
        await officer.StepAsync(portal, id, "Disburse", Entry("Payment", "30", "TT-30"));
        await officer.StepAsync(portal, id, "Accept", ("DecisionNumber", "BB 1"), ("DecisionDate", "2026-11-30"));
        await Done(officer.StepAsync(portal, id, "Settle", Settlement("30", "15")));

        var paid = await officer.StepAsync(portal, id, "Disburse", Entry("Payment", "15", "TT-15", "2026-12-15"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, paid);
        var p = await LoadAsync(id);
        Assert.Equal((45_000_000L, 45_000_000L), (p.SettledDong!.Value, p.DisbursedDong));
    }

    [Fact]
    public async Task Disburse_AKindThatHasItsOwnStep_FormAgainWithTheReason_NothingSaved()
    {
        var id = await RunningAsync("Đề án thử: hình thức không hợp lệ");
        var officer = await As(Officer);
        var before = await StateAsync(id);

        var response = await officer.StepAsync(portal, id, "Disburse", Entry("Reversal", "10", "X-1"));

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Hãy chọn hình thức tạm ứng hoặc thanh toán",
            await ErrorOf((response)));
        Assert.Equal(before, await StateAsync(id));
    }

    [Fact]
    public async Task PaymentSettlingOnlyAnAdvance_FromAStalePage_RefusedAsAConflict_NothingSaved()
    {
        var id = await RunningAsync("Đề án thử: hai người cùng ghi");
        var officer = await As(Officer);
        await officer.StepAsync(portal, id, "Disburse", Entry("Advance", "100", "TU-1"));
        var page = (await LoadAsync(id)).Version;
        List<KeyValuePair<string, string>> Clearing(string number) =>
        [
            new("DisbursementKind", "Payment"), new("AdvanceCleared", "30"), new("DecisionNumber", number),
            new("DecisionDate", "2026-07-05"), new("Version", page.ToString()),
        ];
        await Expect.StatusAsync(HttpStatusCode.Redirect,
            await officer.PostFormAsync($"/Projects/{id}/Disburse", Clearing("TT-A"), tokenFromUrl: "/"));
        var before = await StateAsync(id);

        // The same page posted again by a colleague: the project moved on, the second clearing is refused.
        var stale = await officer.PostFormAsync($"/Projects/{id}/Disburse", Clearing("TT-B"), tokenFromUrl: "/");

        await Expect.StatusAsync(HttpStatusCode.OK, stale);
        Assert.Contains(KhuyenCong.Web.Infrastructure.ConcurrencyMessage.Text, await ErrorOf(stale));
        Assert.Equal(before, await StateAsync(id));
        Assert.Equal(M(70), (await LoadAsync(id)).OutstandingAdvance);
    }

    [Fact]
    public async Task Settle_ALineLeftEmpty_FormAgainWithTheReason_NothingSaved()
    {
        var id = await RunningAsync("Đề án thử: quyết toán thiếu dòng");
        var officer = await As(Officer);
        await officer.StepAsync(portal, id, "Accept", ("DecisionNumber", "BB 1"), ("DecisionDate", "2026-11-30"));
        var before = await StateAsync(id);

        var response = await officer.StepAsync(portal, id, "Settle", Settlement("120", ""));

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Thiếu số quyết toán của dòng 2 (Kho lạnh bảo quản)",
            await ErrorOf((response)));
        Assert.Equal(before, await StateAsync(id));
        Assert.All((await LoadAsync(id)).CostLines, l => Assert.Null(l.SettledSupportDong));
    }

    [Fact]
    public async Task Reverse_MistypedPayment_AppendsAnEntry_SecondReversalIs409_NothingSavedOnRefusals()
    {
        var id = await RunningAsync("Đề án thử: điều chỉnh giảm");
        var officer = await As(Officer);
        await officer.StepAsync(portal, id, "Disburse", Entry("Payment", "250", "TT-250"));
        var entry = await EntryIdAsync(id, "TT-250");

        var before = await StateAsync(id);
        var tooMuch = await officer.StepAsync(portal, id, "Reverse", ("EntryId", entry.ToString()), ("Amount", "251"),
            ("DecisionNumber", "ĐC-01"), ("DecisionDate", "2026-07-02"), ("Comment", "Gõ nhầm"));
        await Expect.StatusAsync(HttpStatusCode.OK, tooMuch);
        Assert.Contains("vượt số tiền của chứng từ TT-250 là 250 triệu đồng",
            await ErrorOf((tooMuch)));
        var noReason = await officer.StepAsync(portal, id, "Reverse", ("EntryId", entry.ToString()), ("Amount", "225"),
            ("DecisionNumber", "ĐC-01"), ("DecisionDate", "2026-07-02"));
        await Expect.StatusAsync(HttpStatusCode.OK, noReason);
        Assert.Contains("Hãy ghi lý do điều chỉnh giảm.", await ErrorOf((noReason)));
        Assert.Equal(before, await StateAsync(id));

        await Done(officer.StepAsync(portal, id, "Reverse",
            ("EntryId", entry.ToString()), ("Amount", "225"), ("DecisionNumber", "ĐC-01"),
            ("DecisionDate", "2026-07-02"),
            ("Comment", "Gõ nhầm 250 thay cho 25")));

        var p = await LoadAsync(id);
        Assert.Equal(25_000_000L, p.DisbursedDong);
        Assert.Equal([250_000_000L, -225_000_000L], p.Disbursements.OrderBy(d => d.Id).Select(d => d.AmountDong));
        var reversal = p.Disbursements.Single(d => d.Kind == DisbursementKind.Reversal);
        Assert.Equal((entry, "Gõ nhầm 250 thay cho 25"), (reversal.ReversesId!.Value, reversal.Note));
        var page = await officer.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Equal(["250", "25"], Cells(page, "paid-after"));
        Assert.Contains("ĐC-01", page.QuerySelector($"#payments tr[data-entry='{entry}']")!.TextContent);
        // Nothing left to reverse: the step is not offered.
        Assert.Null(page.QuerySelector("form[data-step=Reverse]"));

        before = await StateAsync(id);
        var again = await officer.StepAsync(portal, id, "Reverse", ("EntryId", entry.ToString()), ("Amount", "1"),
            ("DecisionNumber", "ĐC-02"), ("DecisionDate", "2026-07-03"), ("Comment", "Lại"));
        await Expect.StatusAsync(HttpStatusCode.Conflict, again);
        Assert.Contains("không điều chỉnh lần thứ hai", await again.Content.ReadAsStringAsync());
        Assert.Equal(before, await StateAsync(id));
    }

    [Fact]
    public async Task Reverse_AnotherProjectsEntry_FormAgain_NothingSaved()
    {
        var id = await RunningAsync("Đề án thử: chứng từ của đề án khác");
        var other = await RunningAsync("Đề án thử: đề án khác");
        var officer = await As(Officer);
        await officer.StepAsync(portal, id, "Disburse", Entry("Payment", "20", "TT-A"));
        await officer.StepAsync(portal, other, "Disburse", Entry("Payment", "20", "TT-B"));
        var foreign = await EntryIdAsync(other, "TT-B");
        var before = (await StateAsync(id), await StateAsync(other));

        var response = await officer.StepAsync(portal, id, "Reverse", ("EntryId", foreign.ToString()), ("Amount", "20"),
            ("DecisionNumber", "ĐC-X"), ("DecisionDate", "2026-07-02"), ("Comment", "Nhầm"));

        await Expect.StatusAsync(HttpStatusCode.OK, response);
        Assert.Contains("Hãy chọn chứng từ cần điều chỉnh giảm.", await ErrorOf((response)));
        Assert.Equal(before, (await StateAsync(id), await StateAsync(other)));
    }

    [Fact]
    public async Task OverPaid_RecoveryUpToTheOverPayment_ThenClosed_RefusalsSaveNothing()
    {
        var id = await RunningAsync("Đề án thử: thu hồi");
        var officer = await As(Officer);
        await officer.StepAsync(portal, id, "Disburse", Entry("Advance", "300", "TU-300"));
        await officer.StepAsync(portal, id, "Accept", ("DecisionNumber", "BB 1"), ("DecisionDate", "2026-11-30"));
        await Done(officer.StepAsync(portal, id, "Settle", Settlement("200", "50")));

        var page = await officer.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.Equal("50", page.QuerySelector("#payment-summary [data-field=balance]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("form[data-step=Recover]"));
        Assert.Null(page.QuerySelector("form[data-step=Disburse]"));
        Assert.Null(page.QuerySelector("form[data-step=Close]"));

        var before = await StateAsync(id);
        var close = await officer.StepAsync(portal, id, "Close");
        await Expect.StatusAsync(HttpStatusCode.Conflict, close);
        Assert.Contains("còn phải thu hồi 50 triệu đồng", await close.Content.ReadAsStringAsync());
        var tooMuch = await officer.StepAsync(portal, id, "Recover", ("Amount", "60"), ("DecisionNumber", "GNT-01"),
            ("DecisionDate", "2026-12-20"));
        await Expect.StatusAsync(HttpStatusCode.OK, tooMuch);
        Assert.Contains("vượt số chi vượt quyết toán 50 triệu đồng", await ErrorOf((tooMuch)));
        var payMore = await officer.StepAsync(portal, id, "Disburse", Entry("Payment", "1", "TT-X", "2026-12-20"));
        await Expect.StatusAsync(HttpStatusCode.OK, payMore);
        Assert.Equal(before, await StateAsync(id));

        await Done(officer.StepAsync(portal, id, "Recover", ("Amount", "50"),
            ("DecisionNumber", "GNT-01"), ("DecisionDate", "2026-12-20"), ("Comment", "Nộp trả ngân sách tỉnh")));
        await Done(officer.StepAsync(portal, id, "Close"));

        var p = await LoadAsync(id);
        Assert.Equal((ProjectStatus.Closed, 250_000_000L), (p.Status, p.DisbursedDong));
        Assert.Equal(-50_000_000L, p.Disbursements.Single(d => d.Kind == DisbursementKind.Recovery).AmountDong);
        Assert.Contains(p.History, h => h.Action == ProjectAction.Recovered && h.DecisionNumber == "GNT-01");
    }

    [Fact]
    public async Task MoneySteps_ByALeader403_OutOfScope404_NoButtonsForTheLeader_NothingSaved()
    {
        var id = await RunningAsync("Đề án thử: quyền");
        var officer = await As(Officer);
        await officer.StepAsync(portal, id, "Disburse", Entry("Payment", "20", "TT-Q"));
        var entry = await EntryIdAsync(id, "TT-Q");
        var leader = await As(DemoAccounts.HoaBinhLeader);
        var outsider = await portal.CreateUserAsync(RoleNames.DepartmentOfficer, "Sở Công Thương thành phố Hà Nội");
        var other = await As(outsider.Email!);
        var before = await StateAsync(id);

        (string, string)[] reversal = [("EntryId", entry.ToString()), ("Amount", "20"), ("DecisionNumber", "ĐC"),
            ("DecisionDate", "2026-07-02"), ("Comment", "Nhầm")];
        await Expect.StatusAsync(HttpStatusCode.Forbidden, await leader.StepAsync(portal, id, "Reverse", reversal));
        await Expect.StatusAsync(HttpStatusCode.Forbidden,
            await leader.StepAsync(portal, id, "Disburse", Entry("Payment", "1", "X")));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await other.StepAsync(portal, id, "Reverse", reversal));
        await Expect.StatusAsync(HttpStatusCode.NotFound, await other.StepAsync(portal, id, "Close"));

        Assert.Equal(before, await StateAsync(id));
        var page = await leader.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.NotNull(page.QuerySelector("#payments"));
        Assert.Empty(page.QuerySelectorAll("form[data-step]"));
        page = await officer.GetDocumentAsync($"/Projects/Details/{id}");
        Assert.NotNull(page.QuerySelector("form[data-step=Reverse]"));
    }
}
