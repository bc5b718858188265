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
        // Điện Biên, Lai Châu, Lào Cai, Tuyên Quang, Cao Bằng
        ["11"] = (1, 1), ["12"] = (1, 2), ["15"] = (1, 3), ["08"] = (1, 4), ["04"] = (1, 5),
        // Sơn La, Phú Thọ, Thái Nguyên, Lạng Sơn
        ["14"] = (2, 2), ["25"] = (2, 3), ["19"] = (2, 4), ["20"] = (2, 5),
        // Hà Nội, Bắc Ninh, Quảng Ninh
        ["01"] = (3, 3), ["24"] = (3, 4), ["22"] = (3, 5),
        // Ninh Bình, Hưng Yên, Hải Phòng
        ["37"] = (4, 3), ["33"] = (4, 4), ["31"] = (4, 5),
        // Thanh Hóa
        ["38"] = (5, 3),
        // Nghệ An, Hà Tĩnh
        ["40"] = (6, 3), ["42"] = (6, 4),
        // Quảng Trị
        ["44"] = (7, 4),
        // Huế, Đà Nẵng
        ["46"] = (8, 4), ["48"] = (8, 5),
        // Quảng Ngãi
        ["51"] = (9, 5),
        // Gia Lai
        ["52"] = (10, 5),
        // Đắk Lắk
        ["66"] = (11, 5),
        // Lâm Đồng, Khánh Hòa
        ["68"] = (12, 4), ["56"] = (12, 5),
        // Tây Ninh, TP Hồ Chí Minh, Đồng Nai
        ["80"] = (13, 2), ["79"] = (13, 3), ["75"] = (13, 4),
        // An Giang, Đồng Tháp, Vĩnh Long
        ["91"] = (14, 1), ["82"] = (14, 2), ["86"] = (14, 3),
        // Cà Mau, Cần Thơ
        ["96"] = (15, 1), ["92"] = (15, 2),
    };

    public static int Count => Current.Count;

    /// <summary>The tile position of a current province, or null for a code the layout does not hold.</summary>
    public static (int Row, int Column)? Of(string code) => Current.TryGetValue(code, out var place) ? place : null;

    /// <summary>Whether every code has a place, so the map can be drawn as a map rather than a plain grid.</summary>
    public static bool Covers(IEnumerable<string> codes) => codes.All(Current.ContainsKey);
}
