using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The base-appraised KCQG 2026 proposals the demo's registration packages carry, by province code, taken from
/// draft to base appraisal by the domain's steps (drafted by the extension centre, appraised by the Sở). Support
/// stays within the national machinery cap (≤ 50% of the cost and ≤ 300 million per establishment).
/// </summary>
internal static class RegistrationDemoProjects
{
    private const int Year = Demo2026Seeder.Year;

    private sealed record Spec(string Province, string Commune, string Name, string Beneficiary, decimal Total,
        decimal Support, decimal Recommended, int Score);

    private sealed record NewEstablishment(string Name, string LegalForm, string Commune, string TaxCode);

    // A company with workshops in Lào Cai and Phú Thọ, supported by both provinces; a cooperative twice in Cần Thơ.
    private static readonly NewEstablishment[] Establishments =
    [
        new("Công ty TNHH Chế biến lâm sản Tây Bắc", "DNNVV", "04252", "2615000201"),
        new("Hợp tác xã chè Long Cốc", "HTX", "08740", "2625000201"),
        new("Công ty TNHH Cơ khí Hòa Khánh", "DNNVV", "20551", "2648000201"),
        new("Hợp tác xã chế biến gạo Thới Lai", "HTX", "31299", "2692000201"),
    ];

    private static readonly Spec[] Specs =
    [
        new("15", "04252", "Hỗ trợ lò sấy quế tiết kiệm năng lượng cho Công ty TNHH Chế biến lâm sản Tây Bắc",
            "2615000201", 560, 260, 250, 82),
        new(Demo2026Seeder.PhuThoCode, "08740", "Hỗ trợ máy bào, máy ghép gỗ cho xưởng Phúc Yên của Công ty TNHH "
            + "Chế biến lâm sản Tây Bắc", "2615000201", 480, 230, 220, 80),
        new(Demo2026Seeder.PhuThoCode, "08740", "Hỗ trợ dây chuyền sao, vò chè xanh cho Hợp tác xã chè Long Cốc",
            "2625000201", 620, 300, 300, 86),
        new("48", "20551", "Hỗ trợ máy hàn tự động, máy chấn tôn cho Công ty TNHH Cơ khí Hòa Khánh",
            "2648000201", 700, 300, 280, 84),
        new("92", "31299", "Hỗ trợ máy xay xát, máy tách màu gạo cho Hợp tác xã chế biến gạo Thới Lai",
            "2692000201", 540, 260, 250, 83),
        new("92", "31299", "Hỗ trợ máy đóng gói hút chân không cho Hợp tác xã chế biến gạo Thới Lai",
            "2692000201", 520, 250, 250, 78),
    ];

    public static async Task<Dictionary<string, List<Project>>> SeedAsync(AppDbContext db,
        Demo2026Organisations organisations, CancellationToken ct)
    {
        var content = await db.ActivityContents.Where(c => c.Code == "ND04").Select(c => c.Id).SingleAsync(ct);
        var legalForms = await db.LegalForms.ToDictionaryAsync(l => l.Code, l => l.Id, ct);
        var codes = Specs.Select(s => s.Commune).Concat(Establishments.Select(e => e.Commune)).Distinct().ToList();
        var communes = await db.AdministrativeUnits
            .Where(u => u.Generation == UnitGeneration.Current && u.Level == UnitLevel.Commune)
            .Where(u => codes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, ct);
        var taxCodes = Establishments.Select(e => e.TaxCode).ToList();
        var establishments = await db.Establishments.Where(e => e.TaxCode != null && taxCodes.Contains(e.TaxCode))
            .ToDictionaryAsync(e => e.TaxCode!, ct);
        foreach (var e in Establishments.Where(e => !establishments.ContainsKey(e.TaxCode)))
        {
            var added = new Establishment(e.Name, legalForms[e.LegalForm], communes[e.Commune], null, e.TaxCode,
                null, false, false);
            db.Establishments.Add(added);
            establishments[e.TaxCode] = added;
        }
        await db.SaveChangesAsync(ct);

        var last = (await db.Projects.Where(p => p.Code.StartsWith($"KCQG-{Year}-")).Select(p => p.Code)
                .ToListAsync(ct))
            .GroupBy(c => c[..^3]).ToDictionary(g => g.Key, g => g.Max(c => int.TryParse(c[^3..], out var n) ? n : 0));
        var result = new Dictionary<string, List<Project>>();
        foreach (var spec in Specs)
        {
            var province = organisations.Province(spec.Province);
            var centre = organisations.Centre(spec.Province);
            var department = organisations.Department(spec.Province);
            var creator = new Actor($"demo-2026-{spec.Province}-ttkc", "Cán bộ Trung tâm Khuyến công (dữ liệu mẫu)",
                centre.Id);
            var appraiser = new Actor($"demo-2026-{spec.Province}-tham-dinh", "Cán bộ thẩm định (dữ liệu mẫu)",
                department.Id);
            var draft = new ProjectDraft(spec.Name, ProjectKind.Single, Fund.Kcqg, Year, content, centre.Id,
                communes[spec.Commune].Id, province.Code,
                "Đổi mới thiết bị, nâng cao năng suất và chất lượng sản phẩm của cơ sở công nghiệp nông thôn.",
                "Cơ sở đưa thiết bị vào sản xuất ổn định, tạo thêm việc làm cho lao động địa phương.",
                new ProjectIndicators(1, 0, 2, 0, 10), new(Year, 6, 1), new(Year, 11, 30));
            var line = new CostLine(1, "Máy móc, thiết bị", Vnd.FromMillions(spec.Total),
                Vnd.FromMillions(spec.Support), Vnd.FromMillions(spec.Total - spec.Support), Vnd.Zero, null);
            var project = new Project(draft, [line], [establishments[spec.Beneficiary].Id], creator,
                RegistrationDemoSeeder.At(new(Year, 2, 25)));
            var prefix = ProjectCode.Prefix(Fund.Kcqg, Year, province.Name);
            last[prefix] = last.GetValueOrDefault(prefix) + 1;
            project.AssignCode(ProjectCode.Format(prefix, last[prefix]));
            project.Submit(creator, RegistrationDemoSeeder.At(new(Year, 3, 5)), "ND04", null);
            project.AppraiseBase(appraiser, RegistrationDemoSeeder.At(new(Year, 3, 16)), spec.Score,
                Vnd.FromMillions(spec.Recommended), "Đủ điều kiện đăng ký kế hoạch KCQG năm 2026");
            db.Projects.Add(project);
            (result.TryGetValue(spec.Province, out var list) ? list : result[spec.Province] = []).Add(project);
        }
        await db.SaveChangesAsync(ct);
        return result;
    }
}
