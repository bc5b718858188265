using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// A report period set by the ministry (DOMAIN §11 step 6): the 6-month or annual implementation report of year N,
/// covering the KCQG and KCĐP projects of each province, due by <see cref="Deadline"/>. Every province's department
/// submits one <see cref="ReportSubmission"/> for it; one period per year and kind.
/// </summary>
public sealed class ReportPeriod : AuditableEntity
{
    private ReportPeriod() { }

    public ReportPeriod(int year, ReportPeriodKind kind, DateOnly deadline, string? note, string openedByUserId)
    {
        if (year is < 2000 or > 2100) throw new DomainException("Năm báo cáo {0} không hợp lệ.", year);
        if (!Enum.IsDefined(kind)) throw new DomainException("Chọn kỳ báo cáo: 6 tháng hoặc năm.");
        Year = year;
        Kind = kind;
        // A report of a period cannot be due before the period has ended: its figures are those at the period's end.
        if (deadline <= End)
            throw new DomainException(
                "Hạn nộp báo cáo phải sau ngày cuối kỳ báo cáo {0}.", MessageArguments.Date(End));
        Deadline = deadline;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        OpenedByUserId = openedByUserId;
    }

    public int Year { get; private set; }
    public ReportPeriodKind Kind { get; private set; }
    public DateOnly Deadline { get; private set; }
    public string? Note { get; private set; }
    public string OpenedByUserId { get; private set; } = "";

    /// <summary>The period's last day: money figures are those dated on or before it.</summary>
    public DateOnly End => Kind == ReportPeriodKind.FirstHalf ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    /// <summary>A report sent after the deadline is taken but marked late.</summary>
    public bool IsLateOn(DateOnly day) => day > Deadline;

    /// <summary>Days from <paramref name="today"/> to the deadline; negative once it has passed.</summary>
    public int DaysLeft(DateOnly today) => Deadline.DayNumber - today.DayNumber;
}
