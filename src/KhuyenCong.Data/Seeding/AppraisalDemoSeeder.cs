using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// A past KCQG plan year worked through the appraisal council and one plan decision (DOMAIN §11 steps 3–4), so the
/// council and decision pages show a finished example: three proposals of legacy Hòa Bình for plan year 2023,
/// drafted by its extension centre and appraised and registered by its Sở in mid-2022; the ministry's council of
/// three members scored all of them (one member recused from one), and QĐ 2315/QĐ-BCT of 20/12/2022 approved two at
/// the appraised amounts with the council's mean and rejected the weakest. Every step goes through the domain (the
/// duty rules and the "scored by k/n" counts hold). Idempotent: nothing is added once a 2023 council exists.
/// </summary>
internal static class AppraisalDemoSeeder
{
    public const int Year = 2023;
    public const string DecisionNumber = "2315/QĐ-BCT";
    private static readonly DateOnly DecisionDate = new(2022, 12, 20);

    private sealed record Spec(string Name, string Establishment, decimal Total, decimal Support, decimal Recommended,
        int BaseScore, int[][] Sheets, bool Approve);

    private static readonly Spec[] Specs =
    [
        new("Hỗ trợ máy vò, máy sấy chè xanh cho Hợp tác xã chè Thung Nai", "Hợp tác xã chè Thung Nai",
            640, 300, 280, 84, [[18, 26, 21, 13, 9], [17, 27, 22, 12, 8], [19, 25, 20, 13, 9]], true),
        new("Hỗ trợ máy tráng, máy cắt miến dong cho Cơ sở sản xuất miến dong Tân Lạc",
            "Cơ sở sản xuất miến dong Tân Lạc", 500, 240, 220, 80,
            [[16, 24, 20, 12, 8], [17, 25, 19, 11, 8], [15, 23, 21, 12, 9]], true),
        // The third member declares a conflict of interest with this one: it is scored 2/2.
        new("Hỗ trợ máy chẻ nan, máy sấy mây tre cho Tổ hợp tác mây tre đan Lạc Sơn",
            "Tổ hợp tác mây tre đan Lạc Sơn", 420, 200, 180, 71, [[12, 17, 14, 9, 6], [13, 18, 13, 8, 7]], false),
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.AppraisalCouncils.AnyAsync(c => c.Year == Year, ct)) return;
        var members = await (from user in db.Users
                             join link in db.UserRoles on user.Id equals link.UserId
                             join role in db.Roles on link.RoleId equals role.Id
                             where role.Name == RoleNames.CouncilMember && user.Email!.StartsWith("hoidong.")
                             orderby user.Email
                             select new { user.Id, user.FullName }).Take(3).ToListAsync(ct);
        var ministryUser = await db.Users.Where(u => u.Email == DemoAccounts.MinistryOfficer)
            .Select(u => new { u.Id, u.FullName, u.OrganisationId }).SingleOrDefaultAsync(ct);
        var sở = await LegacyAsync(db, DemoOrganisations.HoaBinhDepartment, ct);
        var centre = await LegacyAsync(db, DemoOrganisations.HoaBinhCentre, ct);
        var names = Specs.Select(s => s.Establishment).ToList();
        var establishments = await db.Establishments.Where(e => names.Contains(e.Name))
            .ToDictionaryAsync(e => e.Name, ct);
        if (members.Count < 3 || ministryUser is null || sở is null || centre is null
            || establishments.Count < names.Count) return;
        db.ChangeTracker.Clear();

        var content = await db.ActivityContents.Where(c => c.Code == "ND04").Select(c => c.Id).SingleAsync(ct);
        var creator = new Actor("demo-2023-hoabinh-ttkc", "Cán bộ Trung tâm Khuyến công (dữ liệu mẫu)", centre.Id)
            { OrganisationKind = OrganisationKind.ProvincialExtensionCentre };
        var appraiser = new Actor("demo-2023-hoabinh-so", "Cán bộ Sở Công Thương (dữ liệu mẫu)", sở.Id)
            { OrganisationKind = OrganisationKind.ProvincialDepartment };
        var ministry = new Actor(ministryUser.Id, ministryUser.FullName, ministryUser.OrganisationId)
            { OrganisationKind = OrganisationKind.Ministry };
        var prefix = ProjectCode.Prefix(Fund.Kcqg, Year, "Tỉnh Hòa Bình");
        var taken = await db.Projects.CountAsync(p => p.Code.StartsWith(prefix), ct);
        var projects = new List<Project>();
        foreach (var spec in Specs)
        {
            var beneficiary = establishments[spec.Establishment];
            var draft = new ProjectDraft(spec.Name, ProjectKind.Single, Fund.Kcqg, Year, content, centre.Id,
                beneficiary.AddressUnitId, BudgetDemoSeeder.HoaBinhCode,
                "Đổi mới thiết bị, nâng cao năng suất và chất lượng sản phẩm của cơ sở công nghiệp nông thôn.",
                "Cơ sở đưa thiết bị vào sản xuất ổn định, tạo thêm việc làm cho lao động địa phương.",
                new ProjectIndicators(1, 0, 2, 0, 8), new(Year, 4, 1), new(Year, 10, 31));
            var line = new CostLine(1, "Máy móc, thiết bị", Vnd.FromMillions(spec.Total),
                Vnd.FromMillions(spec.Support), Vnd.FromMillions(spec.Total - spec.Support), Vnd.Zero, null);
            var project = new Project(draft, [line], [beneficiary.Id], creator, At(new(2022, 6, 1)));
            project.AssignCode(ProjectCode.Format(prefix, ++taken));
            project.Submit(creator, At(new(2022, 6, 10)), "ND04", null);
            project.AppraiseBase(appraiser, At(new(2022, 6, 28)), spec.BaseScore, Vnd.FromMillions(spec.Recommended),
                "Đủ điều kiện đăng ký kế hoạch KCQG năm 2023");
            project.Register(appraiser, At(new(2022, 7, 15)), "Đăng ký danh mục đề án KCQG năm 2023");
            db.Projects.Add(project);
            projects.Add(project);
        }
        await db.SaveChangesAsync(ct);

        var council = new AppraisalCouncil(Year, ministry.OrganisationId, AppraisalCriteria.Defaults());
        foreach (var member in members) council.AssignMember(member.Id, member.FullName);
        for (var i = 0; i < Specs.Length; i++)
        {
            if (Specs[i].Sheets.Length < members.Count)
                council.Recuse(projects[i], members[^1].Id, "Có quan hệ gia đình với chủ cơ sở thụ hưởng");
            for (var m = 0; m < Specs[i].Sheets.Length; m++)
                council.Score(projects[i], members[m].Id, Specs[i].Sheets[m]);
        }
        db.AppraisalCouncils.Add(council);

        var choices = projects.Select((p, i) => Specs[i].Approve
            ? new PlanChoice(p, PlanOutcome.Approved, null, null, council.MeanFor(p.Id), null, null)
            : new PlanChoice(p, PlanOutcome.Rejected, null, null, council.MeanFor(p.Id),
                "Điểm hội đồng thấp; nội dung chưa thể hiện rõ hiệu quả nhân rộng", null)).ToList();
        var header = new PlanDecisionHeader(Fund.Kcqg, Year, DecisionNumber, DecisionDate, ministry.OrganisationId,
            null, "Quyết định phê duyệt kế hoạch khuyến công quốc gia năm 2023 (danh mục đề án của tỉnh Hòa Bình)");
        db.PlanDecisions.Add(PlanDecision.Take(header, choices, ministry, At(DecisionDate)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The pre-reform organisation of that name (a current one may share it).</summary>
    private static Task<Organisation?> LegacyAsync(AppDbContext db, string name, CancellationToken ct) =>
        db.Organisations.AsNoTracking().Where(o => o.Name == name && o.ValidTo != null)
            .OrderBy(o => o.ValidFrom).ThenBy(o => o.Id).FirstOrDefaultAsync(ct);

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
}
