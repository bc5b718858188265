namespace KhuyenCong.Domain.Budgets;

/// <summary>How a <see cref="Fund"/> is written: its code, its URL code and its Vietnamese name.</summary>
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
