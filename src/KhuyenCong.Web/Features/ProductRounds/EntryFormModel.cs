using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.ProductRounds;

public sealed class EntryFormModel
{
    public int RoundId { get; set; }
    public string? RoundTitle { get; set; }

    [Required, StringLength(300), Display(Name = "Tên sản phẩm")]
    public string Name { get; set; } = "";

    [Required, Display(Name = "Nhóm sản phẩm")]
    public int? GroupId { get; set; }

    [Required, Display(Name = "Cơ sở sản xuất")]
    public int? EstablishmentId { get; set; }

    [StringLength(4000), Display(Name = "Mô tả sản phẩm")]
    public string? Description { get; set; }

    [StringLength(50), Display(Name = "Số giấy chứng nhận cấp dưới (với vòng cấp khu vực, quốc gia)")]
    public string? PrerequisiteNumber { get; set; }

    public bool NeedsPrerequisite { get; set; }

    /// <summary>The provinces a regional round takes entries from (empty: any).</summary>
    public IReadOnlyList<string> CoveredProvinces { get; set; } = [];
    public IReadOnlyList<(int Id, string Name)> Groups { get; set; } = [];
    public IReadOnlyList<(int Id, string Name)> Establishments { get; set; } = [];
}
