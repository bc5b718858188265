using KhuyenCong.Data.Identity;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Demo projects consistent with the 2021 budget demo (DOMAIN §9): Hòa Bình's KCQG projects use exactly its
/// 1,100 million (a 600 million group project on machinery for agricultural processing among them) and its
/// KCĐP projects the 405 million approved by QĐ 1947/QĐ-UBND of 01/09/2021; twenty other provinces have one
/// project each in every state of the lifecycle. Everything goes through the domain's workflow, so each
/// project has a real history. Idempotent.
/// </summary>
internal static class ProjectDemoSeeder
{
    private static readonly DateOnly Kcdp1947 = new(2021, 9, 1);

    private sealed record Ctx(
        AppDbContext Db, Dictionary<string, int> Contents, Dictionary<string, int> LegalForms, Dictionary<string,
            Organisation> Organisations,
        Dictionary<string, long> KcqgAllocated, Dictionary<string, int> Sequences, List<Project> Created);

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.Projects.AnyAsync(ct)) return;
        // Earlier demo steps leave thousands of saved entities tracked; every save would scan them all.
        db.ChangeTracker.Clear();
        var ctx = new Ctx(db,
            await db.ActivityContents.ToDictionaryAsync(c => c.Code, c => c.Id, ct),
            await db.LegalForms.ToDictionaryAsync(l => l.Code, l => l.Id, ct),
            // A legacy and a current department may share a name: the 2021 demo means the legacy one (the earlier).
            (await db.Organisations.Include(o => o.ScopeUnit).ToListAsync(ct)).GroupBy(o => o.Name)
                .ToDictionary(g => g.Key, g => g.OrderBy(o => o.ValidFrom).ThenBy(o => o.Id).First()),
            await db.Allocations.Where(a => a.Plan!.Fund == Fund.Kcqg && a.Plan.Year == BudgetDemoSeeder.Year)
                .GroupBy(a => a.Recipient!.Name).Select(g => new { g.Key, Sum = g.Sum(a => a.AmountDong) })
                    .ToDictionaryAsync(g => g.Key, g => g.Sum, ct),
            [], []);
        var users = await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, ct);
        var kinds = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Kind, ct);
        // The organisation's kind is the actor's level for the separation of duties (Project.Duties).
        Actor As(string email) => new(users[email].Id, users[email].FullName, users[email].OrganisationId)
            { OrganisationKind = kinds[users[email].OrganisationId] };
        var department = As(DemoAccounts.HoaBinhDepartment);
        // A second officer of the department appraises the centre's KCĐP projects: the appraiser does not approve.
        var appraiser = As(DemoAccounts.HoaBinhLegacy);
        var centre = As(DemoAccounts.HoaBinhCentre);
        var ministry = As(DemoAccounts.MinistryOfficer);
        var caoPhong = As(DemoAccounts.CaoPhongDistrict);

        var hoaBinhUnits = await db.AdministrativeUnits
            .Where(u => u.Generation == UnitGeneration.Legacy && u.ProvinceCode == BudgetDemoSeeder.HoaBinhCode
                && u.Level != UnitLevel.Province)
            .ToDictionaryAsync(u => u.Code, ct);
        Establishment Establishment(string name, string legalForm, string unitCode, string? taxCode, string? village,
            bool woman = false, bool minority = false) =>
            new(name, ctx.LegalForms[legalForm], hoaBinhUnits[unitCode], null, taxCode, village, woman, minority);
        var cam = Establishment("Hợp tác xã Cam Cao Phong", "HTX", "05092", "5400412345", null, minority: true);
        var miến = Establishment("Cơ sở sản xuất miến dong Tân Lạc", "HKD", "155", null, "Làng nghề miến dong",
            woman: true, minority: true);
        var dược = Establishment("Công ty TNHH Dược liệu Hòa Bình", "DNNVV", "148", "5400398765", null);
        var chè = Establishment("Hợp tác xã chè Thung Nai", "HTX", "05095", "5400456789", null, woman: true);
        var mây = Establishment("Tổ hợp tác mây tre đan Lạc Sơn", "THT", "157", null, "Làng nghề mây tre đan",
            minority: true);
        db.Establishments.AddRange(cam, miến, dược, chè, mây);
        await db.SaveChangesAsync(ct);

        var sở = ctx.Organisations[DemoOrganisations.HoaBinhDepartment];
        var ttkc = ctx.Organisations[DemoOrganisations.HoaBinhCentre];
        var hoaBinh = new Place(hoaBinhUnits["154"], "Tỉnh Hòa Bình");
        var city = new Place(hoaBinhUnits["148"], "Tỉnh Hòa Bình");

        // KCQG 2021, 600 + 300 + 200 = 1,100 million, all settled.
        var machinery = Draft(ctx,
            "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong chế biến nông sản cho các cơ sở CNNT huyện Cao Phong",
            ProjectKind.Group, Fund.Kcqg, 2021,
            "ND04", sở, hoaBinh, department, [cam.Id, chè.Id],
                [("Máy sấy, máy phân loại quả", 800, 400, 400), ("Dây chuyền đóng gói", 400, 200, 200)],
            new(2, 0, 6, 0, 30));
        Run(ctx, machinery, department, centre, ministry, approved: 600, settled: 600, until: ProjectStatus.Settled);
        var singleMachine = Draft(ctx, "Hỗ trợ máy chế biến dược liệu cho Công ty TNHH Dược liệu Hòa Bình",
            ProjectKind.Single, Fund.Kcqg, 2021,
            "ND04", sở, city, department, [dược.Id], [("Máy chiết xuất dược liệu", 700, 300, 400)],
                new(1, 0, 2, 0, 10));
        Run(ctx, singleMachine, department, centre, ministry, approved: 300, settled: 300,
            until: ProjectStatus.Settled);
        var training = Draft(ctx, "Đào tạo nghề đan mây tre xuất khẩu cho lao động nông thôn huyện Lạc Sơn",
            ProjectKind.Single, Fund.Kcqg, 2021,
            "ND01", sở, new Place(hoaBinhUnits["157"], "Tỉnh Hòa Bình"), department, [mây.Id],
                [("Thù lao giảng viên, nguyên vật liệu", 260, 200, 60)], new(1, 60, 0, 0, 60));
        Run(ctx, training, department, centre, ministry, approved: 200, settled: 198, until: ProjectStatus.Settled);

        // KCĐP 2021, 330 + 75 = 405 million, approved by QĐ 1947/QĐ-UBND of 01/09/2021, accepted and settled in
        // 2021 so that the year could be closed (YearEndDemoSeeder): nothing of 2021 is still running in 2026.
        var kcdpMachinery = Draft(ctx, "Hỗ trợ ứng dụng máy móc thiết bị trong chế biến nông sản, dược liệu",
            ProjectKind.Group, Fund.Kcdp, 2021,
            "ND04", ttkc, city, centre, [miến.Id, dược.Id],
                [("Máy nghiền, máy sấy dược liệu", 560, 230, 330), ("Máy tráng, máy cắt miến", 240, 100, 140)],
            new(2, 0, 4, 0, 16));
        Run(ctx, kcdpMachinery, centre, appraiser, department, approved: 330, settled: 326,
            until: ProjectStatus.Settled, decision: ("1947/QĐ-UBND", Kcdp1947));
        var information = Draft(ctx, "Thông tin, tuyên truyền về hoạt động khuyến công tỉnh Hòa Bình năm 2021",
            ProjectKind.Single, Fund.Kcdp, 2021,
            "ND08", ttkc, city, centre, [], [("Phóng sự truyền hình, bản tin", 75, 75, 0)], new(0, 0, 0, 0, 0));
        Run(ctx, information, centre, appraiser, department, approved: 75, settled: null,
            until: ProjectStatus.Settled, decision: ("1947/QĐ-UBND", Kcdp1947));

        // KCĐP 2025, approved and under contract before the reform and still running: work Phú Thọ carries on for
        // Hòa Bình (the 2025 year is not closed while it runs).
        var dryer = Draft(ctx, "Hỗ trợ máy sấy dược liệu cho Công ty TNHH Dược liệu Hòa Bình",
            ProjectKind.Single, Fund.Kcdp, 2025,
            "ND04", ttkc, city, centre, [dược.Id], [("Máy sấy dược liệu", 300, 120, 180)], new(1, 0, 1, 0, 6));
        Run(ctx, dryer, centre, appraiser, department, approved: 120, settled: null, until: ProjectStatus.InProgress,
            decision: ("512/QĐ-UBND", new DateOnly(2025, 5, 15)));
        var news2025 = Draft(ctx, "Thông tin, tuyên truyền về hoạt động khuyến công tỉnh Hòa Bình năm 2025",
            ProjectKind.Single, Fund.Kcdp, 2025,
            "ND08", ttkc, city, centre, [], [("Phóng sự truyền hình, bản tin", 60, 60, 0)], new(0, 0, 0, 0, 0));
        Run(ctx, news2025, centre, appraiser, department, approved: 60, settled: null, until: ProjectStatus.InProgress,
            decision: ("512/QĐ-UBND", new DateOnly(2025, 5, 15)));

        // 2022: the same cooperative again for machinery (the appraiser sees the duplicate-funding warning), and a
        // local draft.
        var again = Draft(ctx, "Hỗ trợ máy sấy lạnh cho Hợp tác xã Cam Cao Phong", ProjectKind.Single, Fund.Kcqg, 2022,
            "ND04", sở, hoaBinh, caoPhong, [cam.Id], [("Máy sấy lạnh", 500, 250, 250)], new(1, 0, 1, 0, 5));
        again.Submit(caoPhong, At(2022, 3, 1), "ND04", null);
        Draft(ctx, "Đào tạo nghề chế biến cam cho lao động huyện Cao Phong", ProjectKind.Single, Fund.Kcdp, 2022,
            "ND01", ctx.Organisations[DemoOrganisations.CaoPhongDistrict], hoaBinh, caoPhong, [cam.Id],
                [("Đào tạo 2 lớp", 90, 80, 10)], new(1, 40, 0, 0, 40));

        await SeedOtherProvincesAsync(ctx, ct);
        await db.SaveChangesAsync(ct);
    }

    private sealed record Place(AdministrativeUnit Unit, string ProvinceName);

    /// <summary>One project in each of twenty other KCQG recipient provinces, cycling through every state.</summary>
    private static async Task SeedOtherProvincesAsync(Ctx ctx, CancellationToken ct)
    {
        ProjectStatus[] states =
        [
            ProjectStatus.Settled, ProjectStatus.Accepted, ProjectStatus.InProgress, ProjectStatus.Approved,
                ProjectStatus.Registered,
            ProjectStatus.BaseAppraised, ProjectStatus.Submitted, ProjectStatus.Draft, ProjectStatus.Rejected,
                ProjectStatus.Stopped,
        ];
        string[] contents = ["ND04", "ND03", "ND01", "ND04", "ND06"];
        var departments = ctx.Organisations.Values
            .Where(o => o.Kind == OrganisationKind.ProvincialDepartment && o.ScopeUnit
                is { Generation: UnitGeneration.Legacy } && o.ScopeUnit.Code != BudgetDemoSeeder.HoaBinhCode
                        && ctx.KcqgAllocated.ContainsKey(o.Name))
            .OrderBy(o => o.ScopeUnit!.Code).Take(20).ToList();
        // The first commune (by code) of each of these provinces, chosen in the database.
        var codes = departments.Select(d => d.ScopeUnit!.Code).ToList();
        var firstCodes = await ctx.Db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Generation == UnitGeneration.Legacy && u.Level == UnitLevel.Commune
                && codes.Contains(u.ProvinceCode))
            .GroupBy(u => u.ProvinceCode).Select(g => g.Min(u => u.Code)).ToListAsync(ct);
        var communeUnits = await ctx.Db.AdministrativeUnits
            .Where(u => u.Generation == UnitGeneration.Legacy && u.Level == UnitLevel.Commune
                && firstCodes.Contains(u.Code))
            .ToDictionaryAsync(u => u.ProvinceCode, ct);
        var officer = new Actor("demo-officer", "Cán bộ Sở (dữ liệu mẫu)", 0);
        var appraiser = new Actor("demo-appraiser", "Cán bộ thẩm định (dữ liệu mẫu)", 0);
        var ministry = new Actor("demo-ministry", "Cán bộ Bộ (dữ liệu mẫu)", 0)
            { OrganisationKind = OrganisationKind.Ministry };
        var owners = departments.Select((org, i) => new Establishment(
                $"Hợp tác xã sản xuất {org.ScopeUnit!.Name.Replace("Tỉnh ", "").Replace("Thành phố ", "")} số {i + 1}",
                ctx.LegalForms["HTX"], communeUnits[org.ScopeUnit.Code], null, $"01{i:00}900{i:000}", null, i % 2 == 0,
                    i % 3 == 0))
            .ToList();
        ctx.Db.Establishments.AddRange(owners);
        await ctx.Db.SaveChangesAsync(ct);

        for (var i = 0; i < departments.Count; i++)
        {
            var org = departments[i];
            var province = org.ScopeUnit!;
            var place = new Place(communeUnits[province.Code], province.Name);
            var content = contents[i % contents.Length];
            var allocated = ctx.KcqgAllocated[org.Name] / Vnd.DongPerMillion;
            var support = Math.Min(300, allocated / 10 * 10);
            var subject = content switch
            {
                "ND01" => "đào tạo nghề",
                "ND03" => "mô hình trình diễn kỹ thuật",
                "ND06" => "sản xuất sạch hơn",
                _ => "ứng dụng máy móc thiết bị",
            };
            var project = Draft(ctx, $"Đề án {subject} tại {province.Name}",
                ProjectKind.Single, Fund.Kcqg, BudgetDemoSeeder.Year, content, org, place, officer, [owners[i].Id],
                [("Thiết bị, vật tư, chi phí thực hiện", support * 4, support, support * 3)],
                    new(1, content == "ND01" ? 35 : 0, content == "ND04" ? 2 : 0, content == "ND03" ? 1 : 0, 12));
            // The second settled one has also been closed (balance nil), so every state is shown.
            var until = states[i % states.Length] is ProjectStatus.Settled && i >= states.Length
                ? ProjectStatus.Closed
                : states[i % states.Length];
            Run(ctx, project, officer, appraiser, ministry, approved: support, settled: support - 2, until: until);
        }
    }

    private static Project Draft(Ctx ctx, string name, ProjectKind kind, Fund fund, int year, string content,
        Organisation implementer, Place place,
        Actor by, int[] beneficiaries, (string Item, decimal Total, decimal Support, decimal Contribution)[] lines,
            ProjectIndicators indicators)
    {
        var draft = new ProjectDraft(name, kind, fund, year, ctx.Contents[content], implementer.Id, place.Unit.Id,
            place.Unit.ProvinceCode,
            "Hỗ trợ các cơ sở công nghiệp nông thôn đổi mới công nghệ, nâng cao năng suất và chất lượng sản phẩm.",
            "Các cơ sở được hỗ trợ đưa thiết bị vào sản xuất ổn định, tạo việc làm cho lao động địa phương.",
            indicators, new(year, 4, 1), new(year, 11, 30));
        var costLines = lines.Select((l, i) => new CostLine(i + 1, l.Item, Vnd.FromMillions(l.Total),
            Vnd.FromMillions(l.Support), Vnd.FromMillions(l.Contribution), Vnd.Zero, null));
        var project = new Project(draft, costLines, beneficiaries, by, At(year, 2, 20));
        var prefix = ProjectCode.Prefix(fund, year, place.ProvinceName);
        ctx.Sequences[prefix] = ctx.Sequences.GetValueOrDefault(prefix) + 1;
        project.AssignCode(ProjectCode.Format(prefix, ctx.Sequences[prefix]));
        ctx.Db.Projects.Add(project);
        ctx.Created.Add(project);
        return project;
    }

    /// <summary>
    /// Takes a draft along the lifecycle to <paramref name="until"/>, with the demo's decisions and dates.
    /// </summary>
    private static void Run(Ctx ctx, Project p, Actor creator, Actor appraiser, Actor approver, decimal approved,
        decimal? settled, ProjectStatus until,
        (string Number, DateOnly Date)? decision = null)
    {
        if (until == ProjectStatus.Draft) return;
        var content = ctx.Contents.Single(c => c.Value == p.ActivityContentId).Key;
        p.Submit(creator, At(p.Year, 3, 10), content, null);
        if (until == ProjectStatus.Submitted) return;
        p.AppraiseBase(appraiser, At(p.Year, 3, 25), 82, Vnd.FromMillions(approved), "Đủ điều kiện hỗ trợ");
        if (until == ProjectStatus.BaseAppraised) return;
        var (number, date) = decision ?? ("1155/QĐ-BCT", new DateOnly(p.Year, 5, 20));
        if (p.Fund == Fund.Kcqg)
        {
            p.Register(appraiser, At(p.Year, 4, 2), "Đăng ký danh mục đề án KCQG");
            if (until == ProjectStatus.Registered) return;
            if (until == ProjectStatus.Rejected)
            {
                p.Reject(approver, At(p.Year, 5, 15), "Chưa đáp ứng tiêu chí lựa chọn đề án năm nay");
                return;
            }
        }
        p.Approve(approver, At(date), p.Fund == Fund.Kcqg ? 85 : null, Vnd.FromMillions(approved), number, date, null,
            null);
        if (until == ProjectStatus.Approved) return;
        if (until == ProjectStatus.Stopped)
        {
            p.Stop(approver, At(p.Year, 7, 1), "1620/QĐ-BCT", new(p.Year, 7, 1),
                "Cơ sở thụ hưởng không còn đủ điều kiện đối ứng");
            return;
        }
        var allocated = ctx.Organisations.Values.Single(o => o.Id == p.ImplementingOrganisationId) is var org && p.Fund
            == Fund.Kcqg
            ? Vnd.FromMillions(ctx.KcqgAllocated.GetValueOrDefault(org.Name) / (decimal)Vnd.DongPerMillion)
            : Vnd.FromMillions(approved);
        var committed = ctx.Created
            .Where(x => x != p && x.ImplementingOrganisationId == p.ImplementingOrganisationId && x.Fund == p.Fund
                && x.Year == p.Year
                        && x.Status is ProjectStatus.InProgress or ProjectStatus.Accepted or ProjectStatus.Settled)
            .Aggregate(Vnd.Zero, (s, x) => s + x.ApprovedSupport!.Value);
        var headroom = p.Fund == Fund.Kcdp ? new FundingHeadroom(org.Name, Vnd.FromMillions(405), committed)
            : new FundingHeadroom(org.Name, allocated, committed);
        p.Start(creator, At(date.AddDays(10)), $"HĐ {p.Id + 17}/{p.Year}/HĐKC", date.AddDays(10), headroom);
        p.Disburse(approver, At(date.AddDays(20)), DisbursementKind.Advance, $"UNC-{p.Year}-{ctx.Sequences.Count:00}",
            date.AddDays(20), Vnd.FromMillions(decimal.Floor(approved / 2)), "Tạm ứng 50%");
        if (until == ProjectStatus.InProgress) return;
        // Acceptance and settlement belong to the approving level (DOMAIN §11).
        p.Accept(approver, At(p.Year, 11, 25), $"BB-{p.Year}-NT", new(p.Year, 11, 25), "Đạt yêu cầu");
        if (until == ProjectStatus.Accepted) return;
        var final = Vnd.FromMillions(settled ?? approved);
        // The final payment also settles the advance (thanh toán tạm ứng), as the treasury records it.
        p.Disburse(approver, At(p.Year, 12, 10), DisbursementKind.Payment, $"UNC-{p.Year}-TT", new(p.Year, 12, 10),
            final - p.Disbursed, "Thanh toán", p.OutstandingAdvance);
        p.Settle(approver, At(p.Year, 12, 20), final, $"QT-{p.Year}", new(p.Year, 12, 20), null);
        if (until == ProjectStatus.Closed) p.Close(approver, At(p.Year, 12, 28), "Đã thanh toán đủ theo quyết toán");
    }

    private static DateTime At(int year, int month, int day) => new(year, month, day, 2, 0, 0, DateTimeKind.Utc);

    private static DateTime At(DateOnly date) => date.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
}
