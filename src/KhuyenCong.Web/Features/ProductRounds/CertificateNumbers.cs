using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>
/// Certificate numbers: level, year, round and sequence, so two provinces' rounds of one year never collide.
/// </summary>
public static class CertificateNumbers
{
    public static string Next(ProductRound round, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Prefix(round.Level)}-{round.Year}-V{round.Id}-{sequence:000}");

    private static string Prefix(RoundLevel level) => level switch
    {
        RoundLevel.National => "QG",
        RoundLevel.Regional => "KV",
        RoundLevel.Provincial => "T",
        _ => "H",
    };
}
