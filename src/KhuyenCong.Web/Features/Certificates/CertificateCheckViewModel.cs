using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Certificates;

public sealed class CertificateCheckViewModel
{
    public string? Number { get; init; }
    public CertificateRow? Certificate { get; init; }

    /// <summary>The round's organiser as named on the day of the decision.</summary>
    public string? Issuer { get; init; }
    public bool Searched { get; init; }
    public DateOnly Today { get; init; }
    public string? QrCodeSvg { get; init; }
    public string? PublicUrl { get; init; }
}
