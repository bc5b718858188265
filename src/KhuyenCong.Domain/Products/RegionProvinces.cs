namespace KhuyenCong.Domain.Products;

/// <summary>
/// The current provinces (statistics office codes from 01/07/2025) that a regional round of each region usually
/// covers: a preset for the round form, never a rule — the round's own province list decides. Thanh Hóa to Lâm Đồng
/// are Miền Trung – Tây Nguyên, as the regional rounds have grouped them.
/// </summary>
public static class RegionProvinces
{
    private static readonly string[] North =
        ["01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37"];

    private static readonly string[] CentralHighlands =
        ["38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68"];

    private static readonly string[] South = ["75", "79", "80", "82", "86", "91", "92", "96"];

    public static IReadOnlyList<string> Codes(Region region) => region switch
    {
        Region.North => North,
        Region.CentralHighlands => CentralHighlands,
        Region.South => South,
        _ => [],
    };

    /// <summary>The region whose preset holds a current province code, if any.</summary>
    public static Region? Of(string currentProvinceCode) =>
        Enum.GetValues<Region>().Cast<Region?>().FirstOrDefault(r => Codes(r!.Value).Contains(currentProvinceCode));
}
