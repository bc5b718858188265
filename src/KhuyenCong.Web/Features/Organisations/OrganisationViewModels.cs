using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Organisations;

public sealed record OrganisationRow(
    int Id, string Name, OrganisationKind Kind, string? UnitName, UnitGeneration? UnitGeneration,
    DateOnly ValidFrom, DateOnly? ValidTo);

public sealed class OrganisationIndexViewModel
{
    public string? Q { get; init; }
    public OrganisationKind? Kind { get; init; }
    public bool Closed { get; init; }
    public required PagedList<OrganisationRow> List { get; init; }
}

public sealed record MemberRow(string FullName, string Email);

/// <summary>A successor or predecessor, with the first day of the successor's responsibility.</summary>
public sealed record OrganisationLink(int Id, string Name, DateOnly EffectiveFrom, string? Note);

public sealed record OrganisationDetailsViewModel(Organisation Organisation, IReadOnlyList<MemberRow> Members)
{
    public IReadOnlyList<OrganisationLink> Successors { get; init; } = [];
    public IReadOnlyList<OrganisationLink> Predecessors { get; init; } = [];

    /// <summary>For administrators: the active organisations a successor or a receiving one is chosen from.</summary>
    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> ActiveOrganisations { get; init; } = [];
}

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
