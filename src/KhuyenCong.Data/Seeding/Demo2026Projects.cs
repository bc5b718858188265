using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using static KhuyenCong.Data.Seeding.Demo2026ProjectSpecs;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The 2026 demo projects (<see cref="Demo2026ProjectSpecs"/>): beneficiaries and locations at current communes,
/// implemented by the current provinces' Sở and extension centres, taken along the lifecycle by the domain's own
/// steps with the support caps in force on each step's date, so each project has a real history and would pass the
/// portal's checks. Approved support of each implementer stays within its 2026 allocation.
/// </summary>
internal static class Demo2026Projects
{
    private const int Year = Demo2026Seeder.Year;

    private sealed record People(Actor Ministry, Actor PhuThoOfficer);

    public static async Task SeedAsync(AppDbContext db, Demo2026Organisations organisations, CancellationToken ct)
    {
        var contents = await db.ActivityContents.ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        var legalForms = await db.LegalForms.ToDictionaryAsync(l => l.Code, l => l.Id, ct);
        var caps = await db.SupportCaps.AsNoTracking().ToListAsync(ct);
        var provinceIds = await db.AdministrativeUnits.Where(u => u.Level == UnitLevel.Province)
            .Select(u => new { u.Code, u.Id }).ToListAsync(ct);
        var codes = All.Select(s => s.Commune).Distinct().ToList();
        var communes = await db.AdministrativeUnits
            .Where(u => u.Generation == UnitGeneration.Current && u.Level == UnitLevel.Commune)
            .Where(u => codes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, ct);
        var allocated = await db.Allocations.Where(a => a.Plan!.Year == Year)
            .GroupBy(a => new { a.RecipientId, a.Plan!.Fund })
            .Select(g => new { g.Key.RecipientId, g.Key.Fund, Sum = g.Sum(a => a.AmountDong) })
            .ToDictionaryAsync(g => (g.RecipientId, g.Fund), g => g.Sum, ct);
        var people = await PeopleAsync(db, ct);
        var sequences = await SequencesAsync(db, ct);

        var beneficiaries = All.ToDictionary(s => s, s => s.Beneficiaries
            .Select(b => new Establishment(b.Name, legalForms[b.LegalForm], communes[s.Commune], null, b.TaxCode, null,
                b.Woman, b.Minority)).ToList());
        db.Establishments.AddRange(beneficiaries.Values.SelectMany(b => b));
        await db.SaveChangesAsync(ct);

        var created = new List<Project>();
        foreach (var spec in All)
        {
            var province = organisations.Province(spec.Province);
            var implementer = spec.ByCentre
                ? organisations.Centre(spec.Province)
                : organisations.Department(spec.Province);
            var (creator, appraiser, approver) = Officers(spec, organisations.Department(spec.Province),
                organisations.Centre(spec.Province), people);
            var draft = new ProjectDraft(spec.Name, spec.Kind, spec.Fund, Year, contents[spec.Content], implementer.Id,
                communes[spec.Commune].Id, province.Code,
                "Hỗ trợ các cơ sở công nghiệp nông thôn đổi mới công nghệ, nâng cao năng suất và chất lượng sản phẩm.",
                "Các cơ sở được hỗ trợ đưa kết quả vào sản xuất ổn định, tạo việc làm cho lao động địa phương.",
                spec.Indicators, new(Year, 4, 1), new(Year, 11, 30));
            var lines = spec.Lines.Select((l, i) => new CostLine(i + 1, l.Item, Vnd.FromMillions(l.Total),
                Vnd.FromMillions(l.Support), Vnd.FromMillions(l.Contribution), Vnd.Zero, null));
            var ids = beneficiaries[spec].Select(b => b.Id);
            var project = new Project(draft, lines, ids, creator, At(new(Year, 2, 20)));
            var prefix = ProjectCode.Prefix(spec.Fund, Year, province.Name);
            sequences[prefix] = sequences.GetValueOrDefault(prefix) + 1;
            project.AssignCode(ProjectCode.Format(prefix, sequences[prefix]));
            db.Projects.Add(project);

            // The portal's own choice (ProjectRules.CapAsync): in force on the day, the province's rule first.
            SupportCap? CapOn(DateOnly day) => caps
                .Where(c => c.Fund == spec.Fund && c.ActivityContentId == project.ActivityContentId && c.AppliesOn(day))
                .Where(c => c.ProvinceUnitId is null
                            || provinceIds.Any(p => p.Id == c.ProvinceUnitId && p.Code == project.ProvinceCode))
                .OrderBy(c => c.ProvinceUnitId is null ? 1 : 0).FirstOrDefault();
            var committed = created
                .Where(x => x.ImplementingOrganisationId == implementer.Id && x.Fund == spec.Fund
                            && ProjectStatusGroups.Committed.Contains(x.Status))
                .Aggregate(Vnd.Zero, (sum, x) => sum + x.ApprovedSupport!.Value);
            var headroom = new FundingHeadroom(implementer.Name,
                new Vnd(allocated.GetValueOrDefault((implementer.Id, spec.Fund))), committed);
            Run(project, spec, creator, appraiser, approver, CapOn, headroom);
            created.Add(project);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Who drafts, appraises and approves, under the separation of duties (Project.Duties): Phú Thọ's department
    /// officer (a demo account) drafts the Sở's own proposals and appraises the extension centre's; the centre
    /// appraises the Sở's (the implementer never appraises its own); another officer of the Sở than the appraiser
    /// records the province's decisions, the ministry approves KCQG. The other officers are named in the history only.
    /// </summary>
    private static (Actor Creator, Actor Appraiser, Actor Approver) Officers(
        Spec spec, Organisation department, Organisation centre, People people)
    {
        var phuTho = spec.Province == Demo2026Seeder.PhuThoCode;
        Actor Department(string who, string name) => new($"demo-2026-{spec.Province}-{who}", name, department.Id)
            { OrganisationKind = OrganisationKind.ProvincialDepartment };
        var departmentOfficer = phuTho ? people.PhuThoOfficer : Department("so", "Cán bộ Sở Công Thương (dữ liệu mẫu)");
        var centreOfficer = new Actor($"demo-2026-{spec.Province}-ttkc",
            "Cán bộ Trung tâm Khuyến công (dữ liệu mẫu)", centre.Id)
            { OrganisationKind = OrganisationKind.ProvincialExtensionCentre };
        var approver = spec.Fund == Fund.Kcqg
            ? people.Ministry
            : Department("phe-duyet", "Lãnh đạo Sở Công Thương (dữ liệu mẫu)");
        return spec.ByCentre
            ? (centreOfficer, departmentOfficer, approver)
            : (departmentOfficer, centreOfficer, approver);
    }

    /// <summary>
    /// Takes a draft to <see cref="Spec.Until"/> with 2026 dates and decisions, checking the caps in force.
    /// </summary>
    private static void Run(Project p, Spec spec, Actor creator, Actor appraiser, Actor approver,
        Func<DateOnly, SupportCap?> capOn, FundingHeadroom headroom)
    {
        if (spec.Until == ProjectStatus.Draft) return;
        var submitted = new DateOnly(Year, 3, 10);
        p.Submit(creator, At(submitted), spec.Content, capOn(submitted));
        if (spec.Until == ProjectStatus.Submitted) return;
        var recommended = Vnd.FromMillions(spec.Approved);
        p.AppraiseBase(appraiser, At(new(Year, 3, 25)), 84, recommended, "Đủ điều kiện hỗ trợ");
        if (spec.Until == ProjectStatus.BaseAppraised) return;
        if (p.Fund == Fund.Kcqg)
        {
            // 2026 has a registration round: a proposal still waiting is registered by its province's package
            // (RegistrationDemoSeeder), as the portal requires; the ones decided earlier were registered before it.
            if (spec.Until == ProjectStatus.Registered) return;
            p.Register(appraiser, At(new(Year, 4, 2)), "Đăng ký danh mục đề án KCQG năm 2026");
        }
        var (number, date) = spec.Decision
            ?? throw new InvalidOperationException($"{spec.Name}: no approval decision.");
        p.Approve(approver, At(date), p.Fund == Fund.Kcqg ? 86 : null, recommended, number, date, capOn(date), null);
        if (spec.Until == ProjectStatus.Approved) return;
        var contract = date.AddDays(10);
        p.Start(creator, At(contract), $"{p.Code[^3..]}/{Year}/HĐKC", contract, headroom);
        var advance = date.AddDays(20);
        p.Disburse(appraiser, At(advance), DisbursementKind.Advance, $"UNC-{Year}-{p.Code[^3..]}", advance,
            Vnd.FromMillions(decimal.Floor(spec.Approved / 2)), "Tạm ứng 50%");
        if (spec.Until != ProjectStatus.InProgress)
            throw new InvalidOperationException($"{spec.Name}: the 2026 demo stops at {ProjectStatus.InProgress}.");
    }

    private static async Task<People> PeopleAsync(AppDbContext db, CancellationToken ct)
    {
        string[] emails = [DemoAccounts.MinistryOfficer, DemoAccounts.PhuThoDepartment];
        var users = await db.Users.Where(u => emails.Contains(u.Email))
            .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new { u.Email, u.Id, u.FullName, o })
            .ToDictionaryAsync(u => u.Email!, u => new Actor(u.Id, u.FullName, u.o.Id)
                { OrganisationKind = u.o.Kind }, ct);
        return new People(users[DemoAccounts.MinistryOfficer], users[DemoAccounts.PhuThoDepartment]);
    }

    /// <summary>The last number of each 2026 code prefix, so demo codes never meet codes entered by hand.</summary>
    private static async Task<Dictionary<string, int>> SequencesAsync(AppDbContext db, CancellationToken ct)
    {
        var codes = await db.Projects.Where(p => p.Code.Contains($"-{Year}-")).Select(p => p.Code).ToListAsync(ct);
        return codes.GroupBy(c => c[..^3])
            .ToDictionary(g => g.Key, g => g.Max(c => int.TryParse(c[^3..], out var n) ? n : 0));
    }

    private static DateTime At(DateOnly date) => date.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
}
