using KhuyenCong.Domain.Cycle;

namespace KhuyenCong.Web.Features.ReportPeriods;

/// <summary>The Vietnamese names of the periods and report states (the views localise them).</summary>
public static class ReportPeriodNames
{
    public static string Kind(ReportPeriodKind kind) =>
        kind == ReportPeriodKind.FirstHalf ? "Báo cáo 6 tháng" : "Báo cáo năm";

    /// <summary>The period's title as a localisable key with the year as {0}.</summary>
    public static string TitleKey(ReportPeriodKind kind) =>
        kind == ReportPeriodKind.FirstHalf ? "Báo cáo 6 tháng đầu năm {0}" : "Báo cáo năm {0}";

    public static string Status(ReportSubmissionStatus? status) => status switch
    {
        ReportSubmissionStatus.Submitted => "Đã nộp",
        ReportSubmissionStatus.Returned => "Bị trả lại",
        _ => "Chưa nộp",
    };
}
