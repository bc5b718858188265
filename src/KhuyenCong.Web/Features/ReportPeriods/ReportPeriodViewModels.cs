using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Features.Reports;
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

/// <summary>A period in the list; <see cref="OwnStatus"/> is the user's province's report (null when none).</summary>
public sealed record ReportPeriodRow(int Id, int Year, ReportPeriodKind Kind, DateOnly Deadline, int DaysLeft,
    int Submitted, int Late, ReportSubmissionStatus? OwnStatus);

public sealed class ReportPeriodIndexViewModel
{
    public required IReadOnlyList<ReportPeriodRow> Periods { get; init; }
    public bool CanOpen { get; init; }
    public bool IsNationwide { get; init; }
    public ReportPeriodForm Form { get; init; } = new();
}

/// <summary>One province on the period's page: its report (if any) and the report's frozen totals.</summary>
public sealed record ProvinceReportRow(int UnitId, string Province, int? SubmissionId,
    ReportSubmissionStatus? Status, DateOnly? SubmittedOn, bool IsLate, string? LetterNumber, int Projects,
    ReportTotals Totals)
{
    /// <summary>Counted in the national figures: sent and not returned.</summary>
    public bool Counts => Status == ReportSubmissionStatus.Submitted;
}

public sealed class ReportPeriodDetailsViewModel
{
    public required Period Period { get; init; }
    public required IReadOnlyList<ProvinceReportRow> Provinces { get; init; }
    public DateOnly Today { get; init; }
    public bool IsNationwide { get; init; }

    /// <summary>The department's own province may send (or resend) its report.</summary>
    public bool CanSubmit { get; init; }

    public IEnumerable<ProvinceReportRow> Submitted => Provinces.Where(p => p.Counts);
    public IEnumerable<ProvinceReportRow> NotSubmitted => Provinces.Where(p => !p.Counts);
    public bool Overdue => Period.IsLateOn(Today);

    /// <summary>The national figures: the sum of the frozen reports that count (returned ones do not).</summary>
    public ReportTotals National => Submitted.Aggregate(ReportTotals.Zero, (t, p) => t + p.Totals);
    public int NationalProjects => Submitted.Sum(p => p.Projects);
}

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

public sealed class ReportSubmitViewModel
{
    public required Period Period { get; init; }
    public required string Province { get; init; }
    public required ImplementationReport Preview { get; init; }
    public string? ReturnReason { get; init; }
    public ReportSubmitForm Form { get; init; } = new();
}

public sealed class ReportSubmissionViewModel
{
    public required Period Period { get; init; }
    public required ReportSubmission Submission { get; init; }
    public required string Province { get; init; }
    public required ImplementationReport Report { get; init; }
    public bool CanReturn { get; init; }
    public bool CanResubmit { get; init; }
}
