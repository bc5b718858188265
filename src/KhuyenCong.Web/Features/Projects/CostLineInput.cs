using KhuyenCong.Domain.Common;
using System.ComponentModel.DataAnnotations;

namespace KhuyenCong.Web.Features.Projects;

public sealed class CostLineInput
{
    [Display(Name = "Nội dung chi"), StringLength(500)]
    public string? Item { get; set; }

    [Display(Name = "Tổng kinh phí")]
    public Vnd? Total { get; set; }

    [Display(Name = "Kinh phí khuyến công hỗ trợ")]
    public Vnd? FundSupport { get; set; }

    [Display(Name = "Cơ sở đóng góp")]
    public Vnd? Contribution { get; set; }

    [Display(Name = "Nguồn khác")]
    public Vnd? OtherSources { get; set; }

    [Display(Name = "Ghi chú"), StringLength(500)]
    public string? Note { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Item) && Total is null && FundSupport is null && Contribution is
        null && OtherSources is null;
}
