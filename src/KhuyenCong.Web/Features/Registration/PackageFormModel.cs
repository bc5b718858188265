using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>The Sở's package: the chosen base-appraised projects and its signed letter (number, date, PDF).</summary>
public sealed class PackageFormModel : IVersionedForm
{
    /// <summary>The package's version when it is resent after a return; 0 for a first sending.</summary>
    public long Version { get; set; }

    [Display(Name = "Đề án đăng ký")]
    public List<int> ProjectIds { get; set; } = [];

    [Display(Name = "Số công văn")]
    [Required, StringLength(100)]
    public string? LetterNumber { get; set; }

    [Display(Name = "Ngày công văn")]
    [Required]
    public DateOnly? LetterDate { get; set; }

    [Display(Name = "Tệp công văn (PDF)")]
    public IFormFile? Letter { get; set; }
}
