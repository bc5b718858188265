using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Organisations;

public sealed class OrganisationFormModel : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }

    [Required, StringLength(300), Display(Name = "Tên đơn vị")]
    public string Name { get; set; } = "";

    [Required, Display(Name = "Loại đơn vị")]
    public OrganisationKind? Kind { get; set; }

    [Display(Name = "Địa giới")]
    public UnitGeneration? UnitGeneration { get; set; }

    [StringLength(10), Display(Name = "Mã đơn vị hành chính phụ trách")]
    public string? UnitCode { get; set; }

    public string? UnitName { get; set; }

    [Required, Display(Name = "Ngày bắt đầu hoạt động")]
    public DateOnly? ValidFrom { get; set; }
}
