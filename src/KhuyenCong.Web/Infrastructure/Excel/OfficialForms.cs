namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The form numbers printed above the official tables and the instruments they come from: one place to correct
/// when an instrument is replaced. The reports are the portal's own numbered forms (no instrument).
/// </summary>
public static class OfficialForms
{
    /// <summary>
    /// The circular detailing Decree 45/2012/NĐ-CP on khuyến công, whose annexes hold the project forms.
    /// </summary>
    public const string ProjectInstrument = "ban hành kèm theo Thông tư số 20/2017/TT-BCT";
    public const string CostEstimate = "Mẫu số 1";
    public const string Registration = "Mẫu số 2";
    public const string Implementation = "Biểu số 01/BC-KC";
    public const string Indicators = "Biểu số 02/BC-KC";
    public const string Allocation = "Biểu số 03/PB-KC";
    public const string Budget = "Biểu số 04/KP-KC";
}
