using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>
/// The official tables that carry a form number. The numbers and the instruments they come from are data in force
/// over dates (<see cref="OfficialForm"/>, kept by administrators under *Danh mục* → *Biểu mẫu chính thức*), read for
/// the document's date through <c>Features.ReferenceForms.OfficialFormCatalog</c> by their
/// <see cref="OfficialFormKeys"/>.
/// </summary>
public static class OfficialForms
{
    /// <summary>Puts the form's number and instrument in force on the table's date above the table.</summary>
    public static OfficialTable WithForm(this OfficialTable table, OfficialFormText form)
    {
        table.FormNumber = form.Number;
        table.Instrument = form.Instrument;
        return table;
    }
}
