using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>The number and date the signed document carries, recorded back by the officer who drafted it.</summary>
public sealed class SignedDocumentForm : IVersionedForm
{
    [Display(Name = "Số văn bản")]
    [Required(ErrorMessage = "Nhập số của văn bản đã ký.")]
    [StringLength(100)]
    public string? SignedNumber { get; set; }

    [Display(Name = "Ngày ký")]
    [Required(ErrorMessage = "Nhập ngày ký văn bản.")]
    public DateOnly? SignedDate { get; set; }

    public long Version { get; set; }
}
