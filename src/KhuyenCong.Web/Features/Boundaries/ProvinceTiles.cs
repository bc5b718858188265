namespace KhuyenCong.Web.Features.Boundaries;

/// <summary>
/// Where each of the 34 current provinces sits on the dashboard's tile map: a row (north to south) and a column
/// (west to east) of a five-column grid, roughly where the province lies, so a leader finds it as on a map. The 63
/// legacy provinces keep the plain code-order grid (statistics-office codes also run north to south). Only codes
/// are data here; names come from the database.
/// </summary>
public static class ProvinceTiles
{
    public const int Columns = 5;

    private static readonly Dictionary<string, (int Row, int Column)> Current = new()
    {
        ["11"] = (1, 1), ["12"] = (1, 2), ["15"] = (1, 3), ["08"] = (1, 4), ["04"] = (1, 5), // Điện Biên … Cao Bằng
        ["14"] = (2, 2), ["25"] = (2, 3), ["19"] = (2, 4), ["20"] = (2, 5),                  // Sơn La, Phú Thọ, Thái Nguyên, Lạng Sơn
        ["01"] = (3, 3), ["24"] = (3, 4), ["22"] = (3, 5),                                   // Hà Nội, Bắc Ninh, Quảng Ninh
        ["37"] = (4, 3), ["33"] = (4, 4), ["31"] = (4, 5),                                   // Ninh Bình, Hưng Yên, Hải Phòng
        ["38"] = (5, 3),                                                                     // Thanh Hóa
        ["40"] = (6, 3), ["42"] = (6, 4),                                                    // Nghệ An, Hà Tĩnh
        ["44"] = (7, 4),                                                                     // Quảng Trị
        ["46"] = (8, 4), ["48"] = (8, 5),                                                    // Huế, Đà Nẵng
        ["51"] = (9, 5),                                                                     // Quảng Ngãi
        ["52"] = (10, 5),                                                                    // Gia Lai
        ["66"] = (11, 5),                                                                    // Đắk Lắk
        ["68"] = (12, 4), ["56"] = (12, 5),                                                  // Lâm Đồng, Khánh Hòa
        ["80"] = (13, 2), ["79"] = (13, 3), ["75"] = (13, 4),                                // Tây Ninh, TP Hồ Chí Minh, Đồng Nai
        ["91"] = (14, 1), ["82"] = (14, 2), ["86"] = (14, 3),                                // An Giang, Đồng Tháp, Vĩnh Long
        ["96"] = (15, 1), ["92"] = (15, 2),                                                  // Cà Mau, Cần Thơ
    };

    public static int Count => Current.Count;

    /// <summary>The tile position of a current province, or null for a code the layout does not hold.</summary>
    public static (int Row, int Column)? Of(string code) => Current.TryGetValue(code, out var place) ? place : null;

    /// <summary>Whether every code has a place, so the map can be drawn as a map rather than a plain grid.</summary>
    public static bool Covers(IEnumerable<string> codes) => codes.All(Current.ContainsKey);
}
