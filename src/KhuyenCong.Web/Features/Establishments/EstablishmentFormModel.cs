using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Establishments;

public sealed class EstablishmentFormModel : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }

    [Required, StringLength(300), Display(Name = "Tên cơ sở")]
    public string Name { get; set; } = "";

    [Required, Display(Name = "Loại hình")]
    public int? LegalFormId { get; set; }

    [StringLength(20), Display(Name = "Mã số thuế")]
    public string? TaxCode { get; set; }

    [Required, Display(Name = "Địa giới")]
    public UnitGeneration? UnitGeneration { get; set; } = Domain.AdministrativeUnits.UnitGeneration.Current;

    [Required, StringLength(10), Display(Name = "Mã đơn vị hành chính (xã/phường)")]
    public string? UnitCode { get; set; }

    public string? UnitName { get; set; }

    /// <summary>
    /// The stored address unit is a legacy one, which the record may keep; a new address is always a current unit.
    /// Set by the controller, never bound.
    /// </summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool KeepsLegacyUnit { get; set; }

    [StringLength(300), Display(Name = "Địa chỉ (thôn, xóm, số nhà)")]
    public string? Address { get; set; }

    [StringLength(200), Display(Name = "Làng nghề")]
    public string? CraftVillage { get; set; }

    [Display(Name = "Chủ cơ sở là nữ")]
    public bool OwnerIsWoman { get; set; }

    [Display(Name = "Chủ cơ sở là người dân tộc thiểu số")]
    public bool OwnerIsEthnicMinority { get; set; }

    public IReadOnlyList<(int Id, string Name)> LegalForms { get; set; } = [];
}
