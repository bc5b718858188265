namespace KhuyenCong.Domain.Budgets;

/// <summary>
/// The two khuyến công funds that have plans and allocations (DOMAIN §4). Counterpart and other sources
/// appear only on project cost lines.
/// </summary>
public enum Fund
{
    /// <summary>Kinh phí khuyến công quốc gia: central budget, planned and allocated by the ministry.</summary>
    Kcqg = 1,

    /// <summary>Kinh phí khuyến công địa phương: provincial budget, planned and allocated by a province.</summary>
    Kcdp = 2,
}

public static class FundNames
{
    public static string Code(Fund fund) => fund == Fund.Kcqg ? "KCQG" : "KCĐP";

    /// <summary>The ASCII code used in URLs and the API (KCQG, KCDP).</summary>
    public static string ApiCode(Fund fund) => fund == Fund.Kcqg ? "KCQG" : "KCDP";

    public static string Name(Fund fund) => fund == Fund.Kcqg ? "Khuyến công quốc gia" : "Khuyến công địa phương";

    public static bool TryParse(string? code, out Fund fund)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "KCQG": fund = Fund.Kcqg; return true;
            case "KCDP" or "KCĐP": fund = Fund.Kcdp; return true;
            default: fund = default; return false;
        }
    }
}
