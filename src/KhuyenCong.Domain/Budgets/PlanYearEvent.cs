using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Budgets;

/// <summary>What a year-end entry records: the plan year closed, or reopened for a documented reason.</summary>
public enum PlanYearEventKind
{
    Closed = 1,
    Reopened = 2,
}

/// <summary>
/// The year-end close of a plan (khóa sổ năm kế hoạch) and every documented reopening, append-only. A closing entry
/// keeps what was done with each recipient's unspent allocation (<see cref="Balances"/>).
/// </summary>
public class PlanYearEvent : AuditableEntity, IAppendOnly
{
    private readonly List<UnspentBalance> _balances = [];

    private PlanYearEvent() { }

    internal PlanYearEvent(AnnualPlan plan, PlanYearEventKind kind, DateOnly date, string? reason,
        IEnumerable<UnspentBalance> balances)
    {
        Plan = plan;
        PlanId = plan.Id;
        Kind = kind;
        Date = date;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        _balances.AddRange(balances);
    }

    public int PlanId { get; private set; }
    public AnnualPlan? Plan { get; private set; }
    public PlanYearEventKind Kind { get; private set; }

    /// <summary>The day of the close or reopening (Vietnam time).</summary>
    public DateOnly Date { get; private set; }

    /// <summary>A note for a close; the reason, required, for a reopening.</summary>
    public string? Reason { get; private set; }

    public IReadOnlyList<UnspentBalance> Balances => _balances;
}
