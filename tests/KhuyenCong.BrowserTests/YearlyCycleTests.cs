using System.Text.RegularExpressions;
using KhuyenCong.BrowserTests.Infrastructure;
using KhuyenCong.Data;
using KhuyenCong.Data.Identity;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KhuyenCong.BrowserTests;

/// <summary>
/// The whole KCQG cycle of plan year 2031 (issue 13, DOMAIN §11), clicked through by the officers on a portal whose
/// clock the test moves forward: the ministry opens the registration round in June 2030, Phú Thọ sends its package on
/// time and Hà Nội after the deadline, the council member scores, one plan decision approves the list, the ministry
/// assigns funds by tranche and links each allocation to its projects, Phú Thọ sends its 6-month report of 2031, and
/// the ministry closes the year in January 2032, after which a change is refused (409). Only the base-appraised
/// projects and Hà Nội's Sở officer are set up in the database, as the integration tests set them up.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class YearlyCycleTests(YearlyCycleTests.CycleFixture portal, ITestOutputHelper output)
    : IClassFixture<YearlyCycleTests.CycleFixture>
{
    private const int Year = 2031;
    private const string Ministry = DemoAccounts.MinistryOfficer;
    private const string PhuTho = DemoAccounts.PhuThoDepartment;
    private const string Council = DemoAccounts.Council;
    private const string HaNoi = "hanoi.so.cycle@khuyencong.local";

    /// <summary>A minimal PDF (the portal checks a letter by its first bytes).</summary>
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>The system's time moved by an offset the test sets; timers keep the system's pace.</summary>
    public sealed class MovableClock : TimeProvider
    {
        private TimeSpan _offset;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

        /// <summary>Moves the clock to 09:00 in Việt Nam (02:00 UTC) on <paramref name="day"/>.</summary>
        public void MoveTo(DateOnly day) =>
            _offset = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero) - base.GetUtcNow();
    }

    public sealed class CycleFixture : PortalFixture
    {
        public MovableClock Time { get; } = new();
        protected override TimeProvider Clock => Time;
    }

    private sealed record Province(int Id, string Name, int CentreId, string CentreName, int ProjectId);

    [BrowserFact]
    public async Task KcqgYear2031_RoundPackagesCouncilDecisionFundsReportAndClose()
    {
        // The base appraisal of the provinces' projects, in May 2030.
        portal.Time.MoveTo(new(Year - 1, 5, 15));
        var phuTho = await SeedProvinceAsync("25", "Máy sấy lạnh cho HTX chè Thanh Sơn");
        var haNoi = await SeedProvinceAsync("01", "Dây chuyền đóng gói gốm Bát Tràng");
        await CreateDepartmentOfficerAsync("01");

        // 1. Mid-2030: the ministry opens the registration of the 2031 plan.
        portal.Time.MoveTo(new(Year - 1, 6, 1));
        var ministry = await SignedInAsync(Ministry);
        await PortalPage.OpenAsync(ministry, "/Registration");
        await PortalPage.NavigateByAsync(ministry, () => ministry.GetByRole(AriaRole.Link,
            new() { Name = "Mở đợt đăng ký" }).ClickAsync());
        var form = ministry.Locator("main form[method='post']");
        await form.Locator("input[name='Year']").FillAsync(Year.ToString());
        await form.Locator("input[name='Deadline']").FillAsync($"{Year - 1}-07-31");
        await form.Locator("input[name='Note']").FillAsync("Công văn số 3105/BCT-ĐMST hướng dẫn đăng ký năm 2031");
        var figures = form.Locator("input[name$='.Amount']");
        for (var i = 0; i < await figures.CountAsync(); i++) await figures.Nth(i).FillAsync("500");
        var phuThoFigure = await FigureIndexAsync(form, phuTho.Id);
        await form.Locator($"input[name='Figures[{phuThoFigure}].Amount']").FillAsync("1.500");
        await PortalPage.NavigateByAsync(ministry, () => form.Locator("button[type='submit']").ClickAsync());
        await Expect(ministry.Locator("main")).ToContainTextAsync("Đã mở đợt đăng ký kế hoạch KCQG.");
        var roundPath = new Uri(ministry.Url).AbsolutePath;

        // 2. Phú Thọ sends its package before the deadline.
        portal.Time.MoveTo(new(Year - 1, 7, 20));
        var phuThoPage = await SignedInAsync(PhuTho);
        await SendPackageAsync(phuThoPage, phuTho, "1520/SCT-QLCN", $"{Year - 1}-07-20");
        await Expect(phuThoPage.Locator("[data-package-status='Submitted']")).ToBeVisibleAsync();
        await Expect(phuThoPage.Locator("[data-late]")).ToHaveCountAsync(0);
        await Expect(phuThoPage.Locator("[data-indicative]")).ToHaveTextAsync("1.500");

        // Hà Nội sends five days after the deadline: accepted, marked late.
        portal.Time.MoveTo(new(Year - 1, 8, 5));
        var haNoiPage = await SignedInAsync(HaNoi);
        await SendPackageAsync(haNoiPage, haNoi, "2210/SCT-QLCN", $"{Year - 1}-08-05");
        await Expect(haNoiPage.Locator("main")).ToContainTextAsync("nộp muộn");
        await Expect(haNoiPage.Locator("[data-package-status='Submitted']")).ToBeVisibleAsync();
        await Expect(haNoiPage.Locator("[data-late]")).ToBeVisibleAsync();

        // 3. The ministry's consolidation: two packages, one late.
        ministry = await SignedInAsync(Ministry);
        await PortalPage.OpenAsync(ministry, roundPath);
        await Expect(ministry.Locator("[data-sent]")).ToHaveTextAsync(new Regex(@"^2/\d+$"));
        await Expect(ministry.Locator("main")).ToContainTextAsync("trong đó nộp muộn: 1");
        await Expect(ministry.Locator($"tr[data-province='{haNoi.Id}'] [data-late]")).ToBeVisibleAsync();
        await Expect(ministry.Locator($"tr[data-province='{phuTho.Id}'] [data-late]")).ToHaveCountAsync(0);
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(ministry, "cycle-consolidation")}");

        // 4. The appraisal council: the ministry sets it up with one member, who scores both projects.
        portal.Time.MoveTo(new(Year - 1, 10, 1));
        ministry = await SignedInAsync(Ministry);
        await PortalPage.OpenAsync(ministry, "/AppraisalCouncil/Create");
        await ministry.Locator("main form input[name='Year']").FillAsync(Year.ToString());
        await PortalPage.NavigateByAsync(ministry, () =>
            ministry.Locator("main form button[type='submit']").ClickAsync());
        var councilPath = new Uri(ministry.Url).AbsolutePath;
        var assign = ministry.Locator("form[action*='AssignMember']");
        await assign.Locator("select[name='memberId']")
            .SelectOptionAsync(new SelectOptionValue { Label = await CouncilOptionAsync(assign) });
        await PortalPage.NavigateByAsync(ministry, () => assign.Locator("button[type='submit'], button:not([type])").ClickAsync());
        await Expect(ministry.Locator($"tr[data-project-id='{phuTho.ProjectId}'] .progress-cell"))
            .ToHaveTextAsync("chấm 0/1");

        var council = await SignedInAsync(Council);
        await PortalPage.OpenAsync(council, "/AppraisalCouncil");
        await Expect(council.Locator($"tr[data-council-year='{Year}'] [data-waiting]")).ToHaveTextAsync("2");
        await PortalPage.NavigateByAsync(council, () =>
            council.Locator($"tr[data-council-year='{Year}'] a").ClickAsync());
        foreach (var project in new[] { phuTho, haNoi })
        {
            await PortalPage.NavigateByAsync(council, () => council.Locator(
                $"tr[data-project-id='{project.ProjectId}'] a").First.ClickAsync());
            var points = council.Locator("input[name='points']");
            for (var i = 0; i < await points.CountAsync(); i++)
            {
                var max = int.Parse(await points.Nth(i).GetAttributeAsync("max") ?? "10");
                await points.Nth(i).FillAsync((max * 4 / 5).ToString());
            }
            await PortalPage.NavigateByAsync(council, () => council.GetByRole(AriaRole.Button,
                new() { Name = "Lưu phiếu chấm" }).ClickAsync());
            await Expect(council.Locator("#progress")).ToContainTextAsync("chấm 1/1");
            await PortalPage.OpenAsync(council, councilPath);
        }
        await Expect(council.Locator($"tr[data-project-id='{haNoi.ProjectId}'] .progress-cell"))
            .ToHaveTextAsync("chấm 1/1");

        // 5. One plan decision approves the list.
        portal.Time.MoveTo(new(Year - 1, 12, 15));
        ministry = await SignedInAsync(Ministry);
        await PortalPage.OpenAsync(ministry, councilPath);
        await Expect(ministry.Locator($"tr[data-project-id='{phuTho.ProjectId}'] .progress-cell"))
            .ToHaveTextAsync("chấm 1/1");
        await PortalPage.NavigateByAsync(ministry, () => ministry.GetByRole(AriaRole.Link,
            new() { Name = $"Ghi quyết định phê duyệt kế hoạch KCQG năm {Year}" }).ClickAsync());
        var decision = ministry.Locator("#plan-decision");
        await decision.Locator("input[name='Number']").FillAsync("2468/QĐ-BCT");
        await decision.Locator("input[name='Date']").FillAsync($"{Year - 1}-12-15");
        foreach (var project in new[] { phuTho, haNoi })
        {
            var row = decision.Locator($"tr[data-project-id='{project.ProjectId}']");
            await Expect(row.Locator("[data-council]")).ToContainTextAsync("chấm 1/1");
            await row.Locator("select[name$='.Choice']").SelectOptionAsync("Approve");
            await row.Locator("input[name$='.Score']").FillAsync("85");
            await row.Locator("input[name$='.Amount']").FillAsync("180");
        }
        await PortalPage.NavigateByAsync(ministry, () => decision.Locator("button[type='submit']").ClickAsync());
        await Expect(ministry.Locator("main")).ToContainTextAsync("2468/QĐ-BCT");
        var decisionPath = new Uri(ministry.Url).AbsolutePath;
        foreach (var project in new[] { phuTho, haNoi })
            await Expect(ministry.Locator($"tr[data-project-id='{project.ProjectId}']"))
                .ToHaveAttributeAsync("data-outcome", "Approved");
        var decisionShot = await Screenshots.SaveAsync(ministry, "cycle-plan-decision");
        output.WriteLine($"Screenshot: {decisionShot} ({decisionPath})");
        foreach (var project in new[] { phuTho, haNoi })
        {
            await PortalPage.OpenAsync(ministry, $"/Projects/Details/{project.ProjectId}");
            await Expect(ministry.Locator("[data-status]").First).ToHaveTextAsync("Đã phê duyệt");
            await Expect(ministry.Locator("#timeline")).ToContainTextAsync("2468/QĐ-BCT");
        }

        // Funds: the 2031 KCQG plan, one tranche to both provinces' centres, each linked to its project.
        portal.Time.MoveTo(new(Year, 1, 10));
        ministry = await SignedInAsync(Ministry);
        await PortalPage.OpenAsync(ministry, $"/Plans/Create?fund=KCQG&year={Year}");
        var plan = ministry.Locator("main form[method='post']");
        await plan.Locator("input[name='Year']").FillAsync(Year.ToString());
        await plan.Locator("input[name='Estimate']").FillAsync("5.000");
        await plan.Locator("input[name='DecisionNumber']").FillAsync("2500/QĐ-BCT");
        await plan.Locator("input[name='DecisionDate']").FillAsync($"{Year - 1}-12-20");
        await PortalPage.NavigateByAsync(ministry, () => plan.Locator("button[type='submit']").ClickAsync());
        var planPath = new Uri(ministry.Url).AbsolutePath;
        await PortalPage.NavigateByAsync(ministry, () => ministry.GetByRole(AriaRole.Link,
            new() { Name = "Giao kinh phí (thêm đợt)" }).ClickAsync());
        var tranche = ministry.Locator("main form[method='post']");
        await tranche.Locator("input[name='Tranche']").FillAsync("1");
        await tranche.Locator("input[name='DecisionNumber']").FillAsync("15/QĐ-BCT");
        await tranche.Locator("input[name='DecisionDate']").FillAsync($"{Year}-01-10");
        await tranche.Locator("select[name='Items[0].RecipientId']").SelectOptionAsync(phuTho.CentreId.ToString());
        await tranche.Locator("input[name='Items[0].Amount']").FillAsync("180");
        await tranche.Locator("select[name='Items[1].RecipientId']").SelectOptionAsync(haNoi.CentreId.ToString());
        await tranche.Locator("input[name='Items[1].Amount']").FillAsync("200");
        await PortalPage.NavigateByAsync(ministry, () => tranche.Locator("button[type='submit']").ClickAsync());
        await Expect(ministry.Locator("[data-field='allocated']")).ToContainTextAsync("380");
        foreach (var project in new[] { phuTho, haNoi })
        {
            var entry = ministry.Locator("tr", new() { Has = ministry.Locator("[data-field='linked']") })
                .Filter(new() { HasText = project.CentreName });
            await PortalPage.NavigateByAsync(ministry, () => entry.GetByRole(AriaRole.Link,
                new() { Name = "Đề án", Exact = true }).ClickAsync());
            await ministry.Locator($"input[name='ProjectIds'][value='{project.ProjectId}']").CheckAsync();
            await PortalPage.NavigateByAsync(ministry, () => ministry.Locator("main form[method='post'] " +
                "button[type='submit']").ClickAsync());
        }
        await Expect(ministry.Locator("[data-field='linked']")).ToHaveTextAsync(["1 đề án: 180 / 180",
            "1 đề án: 180 / 200"]);
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(ministry, "cycle-allocations")}");

        // 6. The ministry sets the 6-month report of 2031; Phú Thọ reports on time.
        portal.Time.MoveTo(new(Year, 6, 20));
        ministry = await SignedInAsync(Ministry);
        await PortalPage.OpenAsync(ministry, "/ReportPeriods");
        var period = ministry.Locator("#open-period");
        await period.Locator("input[name='Form.Year']").FillAsync(Year.ToString());
        await period.Locator("select[name='Form.Kind']").SelectOptionAsync("FirstHalf");
        await period.Locator("input[name='Form.Deadline']").FillAsync($"{Year}-07-15");
        await PortalPage.NavigateByAsync(ministry, () => period.Locator("button[type='submit'], button:not([type])").ClickAsync());
        await Expect(ministry.Locator("#deadline")).ToHaveTextAsync("15/07/2031");
        var periodId = new Uri(ministry.Url).AbsolutePath.Split('/')[^1];

        portal.Time.MoveTo(new(Year, 7, 10));
        phuThoPage = await SignedInAsync(PhuTho);
        await PortalPage.OpenAsync(phuThoPage, $"/ReportPeriods/Details/{periodId}");
        await PortalPage.NavigateByAsync(phuThoPage, () => phuThoPage.Locator("#submit-link").ClickAsync());
        var report = phuThoPage.Locator("#submit-form");
        await report.Locator("input[name='Form.LetterNumber']").FillAsync("1810/SCT-QLCN");
        await report.Locator("input[name='Form.LetterDate']").FillAsync($"{Year}-07-10");
        await report.Locator("input[name='Form.File']").SetInputFilesAsync(new FilePayload
        {
            Name = "bao-cao-6-thang.pdf", MimeType = "application/pdf", Buffer = Pdf,
        });
        await PortalPage.NavigateByAsync(phuThoPage, () => report.Locator("button[type='submit'], button:not([type])").ClickAsync());
        await Expect(phuThoPage.Locator("#letter")).ToContainTextAsync("1810/SCT-QLCN");

        ministry = await SignedInAsync(Ministry);
        await PortalPage.OpenAsync(ministry, $"/ReportPeriods/Details/{periodId}");
        var reported = ministry.Locator("tr[data-submission-id]", new() { HasText = "Phú Thọ" });
        await Expect(reported).ToHaveCountAsync(1);
        await Expect(reported.Locator("[data-late]")).ToHaveCountAsync(0);

        // 7. January 2032: the ministry closes the year; both projects not started are carried to 2032.
        portal.Time.MoveTo(new(Year + 1, 1, 15));
        ministry = await SignedInAsync(Ministry);
        await PortalPage.OpenAsync(ministry, planPath);
        await PortalPage.NavigateByAsync(ministry, () => ministry.Locator("#close-year").ClickAsync());
        var close = ministry.Locator("main form[method='post']");
        var notStarted = close.Locator("select[name$='.Action']");
        await Expect(notStarted).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            await notStarted.Nth(i).SelectOptionAsync("Carry");
            await close.Locator($"input[name='Projects[{i}].Reason']").FillAsync("Chưa ký hợp đồng, chuyển năm sau");
        }
        var balances = close.Locator("select[name$='.Disposition']");
        for (var i = 0; i < await balances.CountAsync(); i++) await balances.Nth(i).SelectOptionAsync("Returned");
        await close.Locator("textarea[name='Note']").FillAsync("Khóa sổ kế hoạch KCQG năm 2031");
        await PortalPage.NavigateByAsync(ministry, () => close.Locator("button[type='submit']").ClickAsync());
        await Expect(ministry.Locator("#plan-closed")).ToBeVisibleAsync();
        await Expect(ministry.Locator("#close-year")).ToHaveCountAsync(0);
        await Expect(ministry.GetByRole(AriaRole.Link, new() { Name = "Giao kinh phí (thêm đợt)" }))
            .ToHaveCountAsync(0);
        output.WriteLine($"Screenshot: {await Screenshots.SaveAsync(ministry, "cycle-year-closed")}");

        // A later change, posted by hand from the closed plan's page, is refused and changes nothing.
        var planId = planPath.Split('/')[^1];
        var (status, body) = await PostFromPageAsync(ministry, $"/Plans/Allocate/{planId}", new()
        {
            ["Tranche"] = "2", ["DecisionNumber"] = "99/QĐ-BCT", ["DecisionDate"] = $"{Year + 1}-01-15",
            ["Items[0].RecipientId"] = phuTho.CentreId.ToString(), ["Items[0].Amount"] = "10", ["Version"] = "0",
        });
        Assert.Equal(409, status);
        Assert.Contains("đã khóa sổ", body);
        await PortalPage.OpenAsync(ministry, planPath);
        await Expect(ministry.Locator("[data-field='allocated']")).ToContainTextAsync("380");
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await PortalPage.SignInAsync(page, email);
        return page;
    }

    /// <summary>From the registration list to the province's package: tick the project, attach the letter.</summary>
    private static async Task SendPackageAsync(IPage page, Province province, string letter, string date)
    {
        await PortalPage.OpenAsync(page, "/Registration");
        await PortalPage.NavigateByAsync(page, () => page.Locator($"tr[data-round='{Year}'] a").First.ClickAsync());
        await Expect(page.Locator("main h1")).ToContainTextAsync(province.Name.Split(' ')[^1]);
        var form = page.Locator("form[action$='/Submit']");
        await form.Locator($"input[name='ProjectIds'][value='{province.ProjectId}']").CheckAsync();
        await form.Locator("#LetterNumber").FillAsync(letter);
        await form.Locator("#LetterDate").FillAsync(date);
        await form.Locator("#Letter").SetInputFilesAsync(new FilePayload
        {
            Name = "cong-van.pdf", MimeType = "application/pdf", Buffer = Pdf,
        });
        await PortalPage.NavigateByAsync(page, () => form.Locator("button[type='submit']").ClickAsync());
    }

    private static async Task<int> FigureIndexAsync(ILocator form, int provinceId)
    {
        var ids = await form.Locator("input[name$='.ProvinceUnitId']").EvaluateAllAsync<string[]>(
            "inputs => inputs.map(i => i.value)");
        return Array.IndexOf(ids, provinceId.ToString());
    }

    private static async Task<string> CouncilOptionAsync(ILocator form)
    {
        await Expect(form.Locator("option").First).ToBeAttachedAsync();
        var labels = (await form.Locator("option").AllTextContentsAsync()).Select(l => l.Trim()).ToList();
        return labels.SingleOrDefault(l => l.Normalize().Contains("Lê Văn Hội Đồng", StringComparison.Ordinal))
               ?? throw new InvalidOperationException($"No council member offered among: {string.Join(" | ", labels)}");
    }

    /// <summary>
    /// A base-appraised KCQG 2031 project at a commune of the province, implemented by its extension centre and
    /// appraised by its Sở (the implementer never appraises its own), with one new beneficiary.
    /// </summary>
    private async Task<Province> SeedProvinceAsync(string code, string name)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var province = await db.AdministrativeUnits.SingleAsync(u =>
            u.Generation == UnitGeneration.Current && u.Level == UnitLevel.Province && u.Code == code);
        var commune = await db.AdministrativeUnits.Where(u => u.Generation == UnitGeneration.Current
                && u.Level == UnitLevel.Commune && u.ParentId == province.Id)
            .OrderBy(u => u.Code).FirstAsync();
        var centre = await OrganisationAsync(db, OrganisationKind.ProvincialExtensionCentre, code);
        var department = await OrganisationAsync(db, OrganisationKind.ProvincialDepartment, code);
        var content = await db.ActivityContents.Where(c => c.Code == "ND04").Select(c => c.Id).SingleAsync();
        var legalForm = await db.LegalForms.Where(l => l.Code == "HTX").Select(l => l.Id).SingleAsync();
        var establishment = new Establishment($"HTX {name}", legalForm, commune, null,
            Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(), null, false, false);
        db.Establishments.Add(establishment);
        await db.SaveChangesAsync();

        var creator = new Actor("cycle-creator", "Cán bộ Trung tâm (thử)", centre.Id);
        var appraiser = new Actor("cycle-appraiser", "Cán bộ Sở (thử)", department.Id);
        var draft = new ProjectDraft(name, ProjectKind.Single, Fund.Kcqg, Year, content, centre.Id, commune.Id, code,
            "Hỗ trợ máy móc thiết bị", null, new ProjectIndicators(1, 0, 1, 0, 5), new(Year, 3, 1), new(Year, 10, 31));
        var line = new CostLine(1, "Máy móc", Vnd.FromMillions(400), Vnd.FromMillions(200), Vnd.FromMillions(200),
            Vnd.Zero, null);
        var now = portal.Time.GetUtcNow().UtcDateTime;
        var project = new Project(draft, [line], [establishment.Id], creator, now);
        project.AssignCode($"KCQG-{Year}-T{code}-01");
        project.Submit(creator, now, "ND04", null);
        project.AppraiseBase(appraiser, now, 80, Vnd.FromMillions(180), null);
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return new Province(province.Id, province.Name, centre.Id, centre.Name, project.Id);
    }

    private static Task<Organisation> OrganisationAsync(AppDbContext db, OrganisationKind kind, string code) =>
        db.Organisations.Where(o => o.Kind == kind && o.ValidTo == null
                                    && o.ScopeUnit!.Generation == UnitGeneration.Current && o.ScopeUnit.Code == code)
            .OrderBy(o => o.Id).FirstAsync();

    /// <summary>Hà Nội's Sở officer (the demo staffs only Phú Thọ among the current provinces).</summary>
    private async Task CreateDepartmentOfficerAsync(string code)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = HaNoi, Email = HaNoi, EmailConfirmed = true, FullName = "Trần Văn Hà",
            OrganisationId = (await OrganisationAsync(db, OrganisationKind.ProvincialDepartment, code)).Id,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, PortalPage.DemoPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, RoleNames.DepartmentOfficer)).Succeeded);
    }

    /// <summary>A form POST with the page's own cookies and antiforgery token, as a hand-made request.</summary>
    private static async Task<(int Status, string Body)> PostFromPageAsync(
        IPage page, string path, Dictionary<string, string> fields)
    {
        var result = await page.EvaluateAsync<string[]>(
            """
            async ({ path, fields }) => {
                const body = new URLSearchParams(fields);
                body.append("__RequestVerificationToken",
                    document.querySelector("input[name='__RequestVerificationToken']")?.value ?? "");
                const response = await fetch(path,
                    { method: "POST", body, credentials: "same-origin", redirect: "manual" });
                return [String(response.status), await response.text()];
            }
            """,
            new { path, fields });
        return (int.Parse(result[0]), result[1]);
    }
}
