using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure.Refusals;
using Period = KhuyenCong.Domain.Cycle.ReportPeriod;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>The ministry's form that sets a report period of a year.</summary>
public sealed class ReportPeriodForm
{
    [Required(ErrorMessage = "Nhập năm báo cáo.")]
    [Range(2000, 2100, ErrorMessage = "Năm báo cáo không hợp lệ.")]
    public int? Year { get; set; }

    public ReportPeriodKind Kind { get; set; } = ReportPeriodKind.FirstHalf;

    [Required(ErrorMessage = "Nhập hạn nộp báo cáo.")]
    public DateOnly? Deadline { get; set; }

    [StringLength(1000)]
    public string? Note { get; set; }
}
