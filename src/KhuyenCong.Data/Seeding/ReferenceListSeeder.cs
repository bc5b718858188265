using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Products;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The reference lists of DOMAIN §8 with their default entries. An entry is added when its code is missing,
/// so administrators' edits survive restarts and new defaults arrive with new releases.
/// </summary>
internal static class ReferenceListSeeder
{
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        await AddMissingAsync(db.ActivityContents, ct,
            new("ND01", "Đào tạo nghề, truyền nghề", "Vocational training and craft transfer", 1),
            new("ND02", "Nâng cao năng lực quản lý", "Management capacity", 2),
            new("ND03", "Xây dựng mô hình trình diễn kỹ thuật, chuyển giao công nghệ",
                "Technical demonstration models and technology transfer", 3),
            new("ND04", "Ứng dụng máy móc thiết bị tiên tiến", "Application of advanced machinery and equipment", 4),
            new("ND05", "Sản phẩm công nghiệp nông thôn tiêu biểu, hội chợ, triển lãm",
                "Typical rural industrial products, fairs and exhibitions", 5),
            new("ND06", "Sản xuất sạch hơn, sản xuất và tiêu dùng bền vững",
                "Cleaner production, sustainable production and consumption", 6),
            new("ND07", "Tư vấn, trợ giúp", "Advisory services", 7),
            new("ND08", "Thông tin, tuyên truyền", "Information and communication", 8),
            new("ND09", "Liên doanh, liên kết, cụm công nghiệp", "Linkage and industrial clusters", 9),
            new("ND10", "Hợp tác quốc tế", "International cooperation", 10),
            new("ND11", "Nâng cao năng lực hệ thống khuyến công", "Capacity of the extension system", 11),
            new("ND12", "Chuyển đổi số", "Digital transformation", 12),
            new ActivityContent("ND13", "Nghệ nhân", "Artisans", 13));

        await AddMissingAsync(db.LegalForms, ct,
            new("DNNVV", "Doanh nghiệp nhỏ và vừa", "Small or medium enterprise", 1),
            new("THT", "Tổ hợp tác", "Cooperative group", 2),
            new("HTX", "Hợp tác xã", "Cooperative", 3),
            new("LHHTX", "Liên hiệp hợp tác xã", "Union of cooperatives", 4),
            new("HKD", "Hộ kinh doanh", "Household business", 5),
            new LegalForm("NN", "Nghệ nhân", "Artisan", 6));

        await AddMissingAsync(db.FundingSources, ct,
            new("KCQG", "Kinh phí khuyến công quốc gia", "National extension fund", 1),
            new("KCDP", "Kinh phí khuyến công địa phương", "Local extension fund", 2),
            new("DOIUNG", "Vốn đối ứng của cơ sở", "Beneficiary's counterpart funding", 3),
            new FundingSource("KHAC", "Nguồn khác", "Other sources", 4));

        await AddMissingAsync(db.ProductGroups, ct,
            new("TCMN", "Thủ công mỹ nghệ", "Handicrafts", 1),
            new("CBNLTS", "Chế biến nông, lâm, thủy sản và thực phẩm",
                "Agricultural, forestry, fishery and food processing", 2),
            new("TBMM", "Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí",
                "Machinery, equipment, tools and mechanical parts", 3),
            new ProductGroup("KHAC", "Sản phẩm khác", "Other products", 4));

        await AddMissingAsync(db.ScoreCriteria, ct,
            new("TC1", "Đáp ứng nhu cầu thị trường, tiềm năng phát triển sản xuất",
                "Market fit and production potential", 1, 40),
            new("TC2", "Hiệu quả kinh tế, kỹ thuật, xã hội và môi trường",
                "Economic, technical, social and environmental value", 2, 40),
            new("TC3", "Giá trị văn hóa, thẩm mỹ", "Cultural and aesthetic value", 3, 10),
            new ScoreCriterion("TC4", "Tiêu chí khác", "Other", 4, 10));

        await db.SaveChangesAsync(ct);
        await SeedRulesAndProgrammesAsync(db, ct);
    }

    private static async Task SeedRulesAndProgrammesAsync(AppDbContext db, CancellationToken ct)
    {
        var contents = await db.ActivityContents.Where(c => DefaultSupportCaps.Contents.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        await DefaultSupportCaps.AddMissingAsync(db, contents, ct);
        await NationalProgrammes.AddMissingAsync(db, ct);
    }

    private static async Task AddMissingAsync<T>(DbSet<T> set, CancellationToken ct, params T[] defaults) where T
        : ReferenceItem
    {
        var existing = await set.Select(e => e.Code).ToListAsync(ct);
        set.AddRange(defaults.Where(d => !existing.Contains(d.Code)));
    }
}
