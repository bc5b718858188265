using KhuyenCong.Web.Infrastructure.Refusals;
using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Infrastructure.Documents;

namespace KhuyenCong.Web.Features.Organisations;

/// <summary>The letterhead an organisation prints (issue 14); empty fields use what the portal derives.</summary>
public sealed class OrganisationLetterheadForm : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }
    public string OrganisationName { get; set; } = "";

    /// <summary>What prints today, so the administrator sees the defaults behind empty fields.</summary>
    public Letterhead? Current { get; set; }

    [StringLength(LetterheadSettings.MaxLength), Display(Name = "Cơ quan chủ quản")]
    public string? SuperiorAgency { get; set; }

    [StringLength(LetterheadSettings.MaxLength), Display(Name = "Cơ quan ban hành (như in trên văn bản)")]
    public string? IssuingAgency { get; set; }

    [StringLength(LetterheadSettings.MaxLength), Display(Name = "Địa danh")]
    public string? Place { get; set; }

    [StringLength(LetterheadSettings.MaxLength), Display(Name = "Chức danh người lập biểu")]
    public string? PreparerTitle { get; set; }

    [StringLength(LetterheadSettings.MaxLength), Display(Name = "Chức danh thủ trưởng")]
    public string? HeadTitle { get; set; }

    [StringLength(LetterheadSettings.MaxLength), Display(Name = "Họ tên thủ trưởng")]
    public string? HeadName { get; set; }

    public LetterheadSettings ToSettings() =>
        new(SuperiorAgency, IssuingAgency, Place, PreparerTitle, HeadTitle, HeadName);
}
