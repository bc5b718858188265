using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The 2026 demo projects as data: three to six in each of the five provinces with a 2026 KCĐP plan, every state
/// from draft to in progress, located at current communes (statistics office codes of 01/07/2025). Support stays
/// within the national caps (machinery ≤ 50% and ≤ 300 million per establishment, demonstration model ≤ 30%)
/// and each implementer's approved total within its 2026 allocation (Demo2026Seeder). Approved KCĐP projects are
/// the extension centres': the Sở records the province's approval, so it approves none it implements (DOMAIN §11).
/// </summary>
internal static class Demo2026ProjectSpecs
{
    internal sealed record Beneficiary(
        string Name, string LegalForm, string? TaxCode, bool Woman = false, bool Minority = false);

    internal sealed record Spec(
        string Province, Fund Fund, string Content, ProjectKind Kind, bool ByCentre, string Commune, string Name,
        Beneficiary[] Beneficiaries, (string Item, decimal Total, decimal Support, decimal Contribution)[] Lines,
        ProjectIndicators Indicators, ProjectStatus Until, decimal Approved = 0,
        (string Number, DateOnly Date)? Decision = null);

    private const string PhuTho = Demo2026Seeder.PhuThoCode, HaNoi = "01", LaoCai = "15", DaNang = "48", CanTho = "92";
    private static readonly DateOnly Ministry = new(2026, 5, 28);

    internal static readonly IReadOnlyList<Spec> All =
    [
        // Phú Thọ: the Hòa Bình part (Cao Phong, Tân Lạc, Mai Châu), the Vĩnh Phúc part (Lập Thạch, Phúc Yên),
        // Việt Trì.
        new(PhuTho, Fund.Kcdp, "ND04", ProjectKind.Group, true, "05089",
            "Hỗ trợ ứng dụng máy móc thiết bị sơ chế, bảo quản cam cho các cơ sở xã Cao Phong",
            [new("Hợp tác xã Nông nghiệp Cao Phong Xanh", "HTX", "2625000101", Minority: true),
             new("Hộ kinh doanh chế biến cam Xuân Phong", "HKD", null, Woman: true)],
            [("Máy rửa, máy phân loại quả", 420, 170, 250), ("Kho lạnh bảo quản", 380, 150, 230)],
            new(2, 0, 4, 0, 18), ProjectStatus.InProgress, 320, ("1285/QĐ-UBND", new(2026, 5, 12))),
        new(PhuTho, Fund.Kcdp, "ND01", ProjectKind.Single, true, "08761",
            "Đào tạo nghề mây tre đan xuất khẩu cho lao động nông thôn xã Lập Thạch",
            [new("Tổ hợp tác mây tre đan Lập Thạch", "THT", null, Woman: true)],
            [("Thù lao giảng viên, nguyên vật liệu thực hành", 190, 150, 40)],
            new(1, 45, 0, 0, 45), ProjectStatus.Approved, 150, ("1402/QĐ-UBND", new(2026, 6, 3))),
        new(PhuTho, Fund.Kcdp, "ND08", ProjectKind.Single, true, "07900",
            "Thông tin, tuyên truyền về hoạt động khuyến công tỉnh Phú Thọ năm 2026",
            [], [("Phóng sự truyền hình, bản tin, tờ gấp", 120, 120, 0)],
            ProjectIndicators.None, ProjectStatus.Submitted),
        new(PhuTho, Fund.Kcdp, "ND04", ProjectKind.Single, false, "05128",
            "Hỗ trợ máy tráng, máy sấy miến dong cho hộ kinh doanh xã Tân Lạc",
            [new("Hộ kinh doanh miến dong Mường Khến", "HKD", null, Woman: true, Minority: true)],
            [("Máy tráng bánh, máy sấy miến", 260, 110, 150)],
            new(1, 0, 2, 0, 6), ProjectStatus.Draft),
        new(PhuTho, Fund.Kcqg, "ND04", ProjectKind.Group, false, "08740",
            "Hỗ trợ ứng dụng máy công cụ tiên tiến cho các cơ sở cơ khí phường Phúc Yên",
            [new("Công ty TNHH Cơ khí chính xác Phúc Yên", "DNNVV", "2625000102"),
             new("Hợp tác xã cơ khí Xuân Hòa", "HTX", "2625000103")],
            [("Máy tiện, máy phay CNC", 720, 300, 420), ("Máy cắt laser", 480, 240, 240)],
            new(2, 0, 3, 0, 25), ProjectStatus.InProgress, 540, ("1036/QĐ-BCT", Ministry)),
        new(PhuTho, Fund.Kcqg, "ND03", ProjectKind.Single, true, "05200",
            "Xây dựng mô hình trình diễn kỹ thuật dệt thổ cẩm bằng máy dệt cải tiến tại xã Mai Châu",
            [new("Hợp tác xã dệt thổ cẩm Bản Lác", "HTX", "2625000104", Woman: true, Minority: true)],
            [("Máy dệt cải tiến, thiết bị hoàn thiện", 1_300, 380, 920),
             ("Chuyển giao kỹ thuật, hội thảo", 200, 60, 140)],
            new(1, 20, 6, 1, 30), ProjectStatus.Registered, 440),

        new(HaNoi, Fund.Kcdp, "ND04", ProjectKind.Single, true, "00577",
            "Hỗ trợ lò nung gas tiết kiệm năng lượng cho cơ sở gốm sứ xã Bát Tràng",
            [new("Công ty TNHH Gốm sứ Quang Vinh Bát Tràng", "DNNVV", "2601000101")],
            [("Lò nung gas 3 m³", 650, 280, 370)],
            new(1, 0, 1, 0, 12), ProjectStatus.InProgress, 280, ("2215/QĐ-UBND", new(2026, 5, 6))),
        new(HaNoi, Fund.Kcdp, "ND05", ProjectKind.Single, true, "10183",
            "Hội chợ sản phẩm công nghiệp nông thôn tiêu biểu thành phố Hà Nội năm 2026",
            [], [("Thuê mặt bằng, gian hàng, truyền thông", 900, 450, 450)],
            new(40, 0, 0, 0, 0), ProjectStatus.Approved, 450, ("2216/QĐ-UBND", new(2026, 5, 6))),
        new(HaNoi, Fund.Kcqg, "ND06", ProjectKind.Single, false, "10273",
            "Hỗ trợ áp dụng sản xuất sạch hơn cho cơ sở chế biến nông sản xã Phú Xuyên",
            [new("Hợp tác xã chế biến nông sản Phú Xuyên", "HTX", "2601000102")],
            [("Thiết bị xử lý khí thải, tiết kiệm năng lượng", 500, 200, 300)],
            new(1, 0, 2, 0, 8), ProjectStatus.BaseAppraised, 200),

        new(LaoCai, Fund.Kcdp, "ND04", ProjectKind.Single, true, "02683",
            "Hỗ trợ máy sao, máy vò chè cho Hợp tác xã chè Shan tuyết Bát Xát",
            [new("Hợp tác xã chè Shan tuyết Bát Xát", "HTX", "2615000101", Minority: true)],
            [("Máy sao chè, máy vò chè", 520, 240, 280)],
            new(1, 0, 3, 0, 10), ProjectStatus.Approved, 240, ("1120/QĐ-UBND", new(2026, 4, 22))),
        new(LaoCai, Fund.Kcdp, "ND01", ProjectKind.Single, true, "03006",
            "Đào tạo nghề dệt thổ cẩm cho lao động người dân tộc thiểu số phường Sa Pa",
            [new("Hợp tác xã thổ cẩm Sa Pa", "HTX", "2615000102", Woman: true, Minority: true)],
            [("Thù lao giảng viên, nguyên vật liệu", 160, 130, 30)],
            new(1, 35, 0, 0, 35), ProjectStatus.Submitted),
        new(LaoCai, Fund.Kcqg, "ND04", ProjectKind.Single, false, "04252",
            "Hỗ trợ dây chuyền chế biến quế cho Công ty TNHH Lâm sản Yên Bái",
            [new("Công ty TNHH Lâm sản Yên Bái", "DNNVV", "2615000103")],
            [("Máy cắt, máy sấy, máy đóng gói quế", 640, 300, 340)],
            new(1, 0, 3, 0, 20), ProjectStatus.InProgress, 300, ("1037/QĐ-BCT", Ministry)),

        new(DaNang, Fund.Kcdp, "ND04", ProjectKind.Single, true, "20410",
            "Hỗ trợ máy cắt, máy khâu cho cơ sở sản xuất đèn lồng phường Hội An",
            [new("Hộ kinh doanh đèn lồng Hội An Xưa", "HKD", null, Woman: true)],
            [("Máy cắt vải, máy khâu công nghiệp", 400, 180, 220)],
            new(1, 0, 4, 0, 8), ProjectStatus.InProgress, 180, ("3318/QĐ-UBND", new(2026, 5, 15))),
        new(DaNang, Fund.Kcdp, "ND01", ProjectKind.Single, false, "20320",
            "Đào tạo nghề mây tre đan cho lao động nông thôn xã Hòa Vang",
            [new("Tổ hợp tác mây tre đan Hòa Vang", "THT", null)],
            [("Thù lao giảng viên, nguyên vật liệu", 150, 120, 30)],
            new(1, 30, 0, 0, 30), ProjectStatus.Draft),
        new(DaNang, Fund.Kcqg, "ND03", ProjectKind.Single, false, "20551",
            "Xây dựng mô hình trình diễn kỹ thuật sản xuất gạch không nung tại phường Điện Bàn",
            [new("Công ty TNHH Vật liệu xây dựng Điện Bàn", "DNNVV", "2648000101")],
            [("Dây chuyền ép gạch không nung", 1_800, 520, 1_280),
             ("Chuyển giao kỹ thuật, hội thảo trình diễn", 200, 60, 140)],
            new(1, 15, 1, 1, 20), ProjectStatus.Approved, 580, ("1038/QĐ-BCT", Ministry)),

        new(CanTho, Fund.Kcdp, "ND04", ProjectKind.Single, true, "31299",
            "Hỗ trợ máy tráng, máy sấy bánh tráng cho cơ sở xã Phong Điền",
            [new("Hộ kinh doanh bánh tráng Thuận Hưng", "HKD", null, Woman: true)],
            [("Máy tráng bánh, máy sấy", 300, 140, 160)],
            new(1, 0, 2, 0, 6), ProjectStatus.Approved, 140, ("2450/QĐ-UBND", new(2026, 5, 20))),
        new(CanTho, Fund.Kcdp, "ND06", ProjectKind.Single, true, "31258",
            "Áp dụng sản xuất sạch hơn tại cơ sở chế biến thủy sản xã Thới Lai",
            [new("Công ty TNHH Thủy sản Thới Lai", "DNNVV", "2692000101")],
            [("Thiết bị tiết kiệm năng lượng, xử lý nước thải", 360, 150, 210)],
            new(1, 0, 2, 0, 10), ProjectStatus.Submitted),
        new(CanTho, Fund.Kcqg, "ND04", ProjectKind.Single, false, "31135",
            "Hỗ trợ máy đóng gói tự động cho cơ sở chế biến thực phẩm phường Ninh Kiều",
            [new("Công ty TNHH Thực phẩm Ninh Kiều", "DNNVV", "2692000102")],
            [("Máy định lượng, máy đóng gói tự động", 560, 260, 300)],
            new(1, 0, 2, 0, 12), ProjectStatus.InProgress, 260, ("1039/QĐ-BCT", Ministry)),
    ];
}
