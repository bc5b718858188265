namespace KhuyenCong.Web.Infrastructure.Documents;

/// <summary>
/// The place-and-date line of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): days below 10 and
/// the months January and February are written with a leading zero ("ngày 05 tháng 02 năm 2026").
/// </summary>
public static class OfficialDate
{
    public static string Line(string place, DateOnly date)
    {
        var month = date.Month < 3 ? date.Month.ToString("00") : date.Month.ToString();
        return $"{place}, ngày {date.Day:00} tháng {month} năm {date.Year}";
    }

    /// <summary>The national motto block, printed opposite the agency block.</summary>
    public const string Motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string MottoLine = "Độc lập - Tự do - Hạnh phúc";
    public const string PreparerNote = "(Ký, ghi rõ họ tên)";
    public const string HeadNote = "(Ký tên, đóng dấu)";
}
