using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Features.Reports;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>The department's form that sends the report with its signed letter.</summary>
public sealed class ReportSubmitForm : IVersionedForm
{
    [Required(ErrorMessage = "Nhập số công văn.")]
    [StringLength(100)]
    public string? LetterNumber { get; set; }

    [Required(ErrorMessage = "Nhập ngày công văn.")]
    public DateOnly? LetterDate { get; set; }

    public IFormFile? File { get; set; }

    /// <summary>The returned report's version (0 for a first sending).</summary>
    public long Version { get; set; }
}
