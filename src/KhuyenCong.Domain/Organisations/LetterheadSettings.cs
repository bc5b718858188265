namespace KhuyenCong.Domain.Organisations;

/// <summary>
/// What an organisation prints on its official tables and documents when it differs from what the portal derives
/// (Decree 30/2020/NĐ-CP): any value left empty falls back to the derived one.
/// </summary>
public sealed record LetterheadSettings(
    string? SuperiorAgency,
    string? IssuingAgency,
    string? Place,
    string? PreparerTitle,
    string? HeadTitle,
    string? HeadName)
{
    public const int MaxLength = 200;
    public static readonly LetterheadSettings Empty = new(null, null, null, null, null, null);
}
