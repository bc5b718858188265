using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Commendations;

namespace KhuyenCong.Data.Seeding;

/// <summary>Hòa Bình's commendations for 2014–2020 (DOMAIN §9); decision numbers and dates are invented.</summary>
internal static class CommendationDemoSeeder
{
    public const string Form = "Bằng khen của Bộ trưởng Bộ Công Thương";

    public static void Add(AppDbContext db, AdministrativeUnit hoaBinh)
    {
        const string reason = "Có thành tích xuất sắc trong hoạt động khuyến công giai đoạn 2014–2020";
        var decided = new DateOnly(2021, 3, 12);
        db.Commendations.AddRange(
            new Commendation(RecipientKind.Organisation, DemoOrganisations.HoaBinhDepartment, "UBND tỉnh Hòa Bình",
                Form, 2014, 2020,
                "1027/QĐ-BCT", decided, reason, hoaBinh),
            new Commendation(RecipientKind.Organisation, DemoOrganisations.HoaBinhCentre,
                DemoOrganisations.HoaBinhDepartment, Form, 2014, 2020,
                "1027/QĐ-BCT", decided, reason, hoaBinh),
            new Commendation(RecipientKind.Individual, "Bùi Xuân Hùng", DemoOrganisations.HoaBinhCentre, Form, 2014,
                2020,
                "1027/QĐ-BCT", decided, reason, hoaBinh));
    }
}
