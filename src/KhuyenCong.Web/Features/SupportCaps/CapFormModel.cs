using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KhuyenCong.Web.Features.SupportCaps;

public sealed class CapFormModel
{
    [Display(Name = "Tên quy định"), Required, StringLength(300)]
    public string? Name { get; set; }

    [Display(Name = "Nguồn kinh phí"), Required]
    public Fund? Fund { get; set; }

    [Display(Name = "Nội dung khuyến công"), Required]
    public int? ActivityContentId { get; set; }

    [Display(Name = "Tỷ lệ hỗ trợ tối đa (%)"), Required, Range(1, 100)]
    public int? MaxPercent { get; set; }

    [Display(Name = "Mức tối đa (triệu đồng)"), Required]
    public Vnd? CapAmount { get; set; }

    [Display(Name = "Tính theo")]
    public CapMultiplier Multiplier { get; set; }

    [Display(Name = "Áp dụng cho")]
    public CapCondition Condition { get; set; }

    // Not [Required]: the domain's refusal says what a legal basis is, more clearly than "required".
    [Display(Name = "Căn cứ pháp lý (văn bản)"), StringLength(SupportCap.InstrumentLength)]
    public string? LegalInstrument { get; set; }

    [Display(Name = "Điều, khoản"), StringLength(SupportCap.ArticleLength)]
    public string? LegalArticle { get; set; }

    [Display(Name = "Hiệu lực từ ngày"), Required]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Đến ngày")]
    public DateOnly? ValidTo { get; set; }

    public IReadOnlyList<SelectListItem> Contents { get; set; } = [];
}
