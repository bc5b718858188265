using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// One project of a submitted implementation report, as it stood when the report was sent: a copy, never changed, so
/// that the ministry's national figures are those the provinces reported, whatever happens to the projects later.
/// Each sending (<see cref="Attempt"/>) keeps its own rows.
/// </summary>
public sealed class ReportSubmissionRow : IAppendOnly
{
    private ReportSubmissionRow() { }

    public ReportSubmissionRow(int projectId, string code, string name, ProjectKind kind, string implementer,
        string beneficiaries, string location, string content, string? decisionNumber, DateOnly? decisionDate,
        Fund fund, Vnd totalCost, Vnd support, Vnd counterpart, Vnd disbursed, Vnd settled, ProjectStatus status)
    {
        ProjectId = projectId;
        ProjectCode = code;
        ProjectName = name;
        Kind = kind;
        Implementer = implementer;
        Beneficiaries = beneficiaries;
        Location = location;
        Content = content;
        DecisionNumber = decisionNumber;
        DecisionDate = decisionDate;
        Fund = fund;
        TotalCostDong = totalCost.Dong;
        SupportDong = support.Dong;
        CounterpartDong = counterpart.Dong;
        DisbursedDong = disbursed.Dong;
        SettledDong = settled.Dong;
        Status = status;
    }

    public long Id { get; private set; }
    public int SubmissionId { get; private set; }

    /// <summary>Which sending of the submission the row belongs to (1 the first, 2 after one return, …).</summary>
    public int Attempt { get; internal set; }

    /// <summary>The project reported; kept as a plain number (the row is a copy, not a link).</summary>
    public int ProjectId { get; private set; }
    public string ProjectCode { get; private set; } = "";
    public string ProjectName { get; private set; } = "";
    public ProjectKind Kind { get; private set; }
    public string Implementer { get; private set; } = "";
    public string Beneficiaries { get; private set; } = "";
    public string Location { get; private set; } = "";
    public string Content { get; private set; } = "";
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public Fund Fund { get; private set; }
    public long TotalCostDong { get; private set; }
    public long SupportDong { get; private set; }
    public long CounterpartDong { get; private set; }
    public long DisbursedDong { get; private set; }
    public long SettledDong { get; private set; }
    public ProjectStatus Status { get; private set; }
}
