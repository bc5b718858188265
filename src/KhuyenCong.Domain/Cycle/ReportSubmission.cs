using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// A province's implementation report for a <see cref="ReportPeriod"/> (DOMAIN §11 step 6): sent by the province's
/// department with its signed letter, the report's project rows frozen as they stood that day. The ministry may
/// return it with a reason; the department then sends it again (new letter, rows frozen anew, the earlier rows
/// kept). A report sent after the deadline is taken and marked late. One per period and province.
/// </summary>
public sealed class ReportSubmission : AuditableEntity, IScopedRecord
{
    private readonly List<ReportSubmissionRow> _rows = [];

    private ReportSubmission() { }

    public ReportSubmission(ReportPeriod period, int provinceUnitId, int submitterOrganisationId)
    {
        ArgumentNullException.ThrowIfNull(period);
        Period = period;
        PeriodId = period.Id;
        ProvinceUnitId = provinceUnitId;
        SubmitterOrganisationId = submitterOrganisationId;
    }

    public int PeriodId { get; private set; }
    public ReportPeriod? Period { get; private set; }

    /// <summary>The reporting province: the record's scope unit.</summary>
    public int ProvinceUnitId { get; private set; }
    public AdministrativeUnit? ProvinceUnit { get; private set; }
    public int SubmitterOrganisationId { get; private set; }

    public ReportSubmissionStatus Status { get; private set; }
    public string LetterNumber { get; private set; } = "";
    public DateOnly LetterDate { get; private set; }
    public string LetterFileName { get; private set; } = "";
    public string LetterStoredName { get; private set; } = "";
    public string LetterContentType { get; private set; } = "";
    public long LetterSizeBytes { get; private set; }
    public DateOnly SubmittedOn { get; private set; }
    public string SubmittedByUserId { get; private set; } = "";
    public string SubmittedByName { get; private set; } = "";

    /// <summary>Whether the latest sending came after the period's deadline.</summary>
    public bool IsLate { get; private set; }

    /// <summary>How many times the report was sent; the current rows are those of this attempt.</summary>
    public int Submissions { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }

    /// <summary>What the province's recipients were allocated by the period's end, per fund (frozen too).</summary>
    public long AllocatedKcqgDong { get; private set; }
    public long AllocatedKcdpDong { get; private set; }

    public int? ScopeUnitId => ProvinceUnitId;

    /// <summary>Every frozen row of every sending; <see cref="CurrentRows"/> are the latest.</summary>
    public IReadOnlyCollection<ReportSubmissionRow> Rows => _rows;

    public IEnumerable<ReportSubmissionRow> CurrentRows => _rows.Where(r => r.Attempt == Submissions);

    /// <summary>
    /// Sends (or, after a return, resends) the report: the letter's number and date (not after today) with its file,
    /// and the report's rows as they stand today. Refused while a sent report waits with the ministry (409).
    /// </summary>
    public void Submit(ReportPeriod period, ReportSubmissionLetter letter, IEnumerable<ReportSubmissionRow> rows,
        Vnd allocatedKcqg, Vnd allocatedKcdp, Actor by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(by);
        if (period.Id != PeriodId || (Period is not null && !ReferenceEquals(Period, period)))
            throw new InvalidOperationException("The submission belongs to another period.");
        if (Submissions > 0 && Status == ReportSubmissionStatus.Submitted)
            throw new WorkflowException("Báo cáo đã nộp; chỉ nộp lại sau khi Bộ trả lại.");
        var number = Guard.Required(letter.Number, "số công văn gửi báo cáo");
        if (letter.Date > today)
            throw new DomainException(
                "Ngày công văn {0} sau ngày hôm nay.", MessageArguments.Date(letter.Date));
        LetterNumber = number;
        LetterDate = letter.Date;
        LetterFileName = Guard.Required(letter.FileName, "tệp công văn");
        LetterStoredName = letter.StoredName;
        LetterContentType = letter.ContentType;
        LetterSizeBytes = letter.SizeBytes;
        Submissions++;
        foreach (var row in rows)
        {
            row.Attempt = Submissions;
            _rows.Add(row);
        }
        AllocatedKcqgDong = allocatedKcqg.Dong;
        AllocatedKcdpDong = allocatedKcdp.Dong;
        Status = ReportSubmissionStatus.Submitted;
        SubmittedOn = today;
        SubmittedByUserId = by.UserId;
        SubmittedByName = by.Name;
        IsLate = period.IsLateOn(today);
        ReturnReason = null;
        ReturnedOn = null;
    }

    /// <summary>The ministry sends the report back with the reason (409 unless it waits with the ministry).</summary>
    public void Return(string reason, DateOnly today)
    {
        if (Status != ReportSubmissionStatus.Submitted || Submissions == 0)
            throw new WorkflowException("Chỉ trả lại báo cáo đã nộp và chưa bị trả lại.");
        ReturnReason = Guard.Required(reason, "lý do trả lại báo cáo");
        ReturnedOn = today;
        Status = ReportSubmissionStatus.Returned;
    }
}
