using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Projects;

public sealed record ProjectListRow(
    int Id, string Code, string Name, int Year, Fund Fund, ProjectKind Kind, ProjectStatus Status, string Content,
    string ImplementingOrganisation, string Location, Vnd Requested, Vnd? Approved, Vnd Disbursed,
        int LocationUnitId = 0)
{
    /// <summary>Where the location is today (set for the list page).</summary>
    public Domain.Reform.UnitPlace? Place { get; set; }
}
