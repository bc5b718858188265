using KhuyenCong.Domain.AdministrativeUnits;

namespace KhuyenCong.Web.Features.AdminUnits;

public static class UnitNames
{
    public static string Level(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Tỉnh/thành phố",
        UnitLevel.District => "Huyện/quận",
        _ => "Xã/phường",
    };

    public static string Generation(UnitGeneration generation) =>
        generation == UnitGeneration.Legacy ? "Trước 01/07/2025" : "Hiện hành (từ 01/07/2025)";
}
