namespace KhuyenCong.Web.Infrastructure.Documents;

/// <summary>
/// What an official document or table carries about who issues it (Decree 30/2020/NĐ-CP): the superior agency
/// and the issuing agency above the number, the place before the date, and the titles over the signatures.
/// Every export and generated document takes it from the signed-in user's organisation, never from constants.
/// </summary>
/// <param name="SuperiorAgency">"BỘ CÔNG THƯƠNG", "UBND TỈNH PHÚ THỌ"; empty when the issuer has none.</param>
/// <param name="IssuingAgency">The organisation's name as printed, in capitals.</param>
/// <param name="Place">The place in "Phú Thọ, ngày … tháng … năm …".</param>
/// <param name="PreparerTitle">The left signature block over the person who prepared a table.</param>
/// <param name="HeadTitle">The right signature block: the head of the issuing agency.</param>
/// <param name="SignerName">The head's name when the organisation recorded it; documents leave the line blank
/// otherwise.</param>
public sealed record Letterhead(
    string SuperiorAgency,
    string IssuingAgency,
    string Place,
    string PreparerTitle,
    string HeadTitle,
    string? SignerName);
