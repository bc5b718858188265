using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The official tables that carry a form number. The numbers and the instruments they come from are data in force
/// over dates (<see cref="OfficialForm"/>, kept by administrators under *Danh mục* → *Biểu mẫu chính thức*), read for
/// the document's date through <c>Features.ReferenceForms.OfficialFormCatalog</c>; these are only their keys.
/// </summary>
public static class OfficialForms
{
    public const string CostEstimate = OfficialFormKeys.CostEstimate;
    public const string Registration = OfficialFormKeys.Registration;
    public const string Implementation = OfficialFormKeys.Implementation;
    public const string Indicators = OfficialFormKeys.Indicators;
    public const string Allocation = OfficialFormKeys.Allocation;
    public const string Budget = OfficialFormKeys.Budget;

    /// <summary>Puts the form's number and instrument in force on the table's date above the table.</summary>
    public static OfficialTable WithForm(this OfficialTable table, OfficialFormText form)
    {
        table.FormNumber = form.Number;
        table.Instrument = form.Instrument;
        return table;
    }
}
