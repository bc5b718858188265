using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>The execution figures of DOMAIN §4 for one row of the overview.</summary>
public sealed record BudgetFigures(Vnd Estimate, Vnd Allocated, Vnd Approved, Vnd Disbursed, Vnd Settled)
{
    public static BudgetFigures Zero { get; } = new(Vnd.Zero, Vnd.Zero, Vnd.Zero, Vnd.Zero, Vnd.Zero);

    /// <summary>
    /// A sum over both funds (the overview's total row): its amounts add up, but no ratio is taken across funds (a
    /// province's KCQG allocations over its KCĐP-only estimate read 371,6%).
    /// </summary>
    public bool AcrossFunds { get; init; }

    /// <summary>Allocated ÷ estimate, or null when there is no estimate in view (a province's share of KCQG).</summary>
    public double? AllocatedRate => Estimate.IsZero || AcrossFunds ? null : (double)Allocated.Dong / Estimate.Dong;

    public double? DisbursedRate => Allocated.IsZero || AcrossFunds ? null : (double)Disbursed.Dong / Allocated.Dong;

    /// <summary>The same five amounts: <see cref="AcrossFunds"/> says how they are read, not what they are.</summary>
    public bool Equals(BudgetFigures? other) => other is not null && (Estimate, Allocated, Approved, Disbursed, Settled)
        == (other.Estimate, other.Allocated, other.Approved, other.Disbursed, other.Settled);

    public override int GetHashCode() => HashCode.Combine(Estimate, Allocated, Approved, Disbursed, Settled);

    public static BudgetFigures operator +(BudgetFigures a, BudgetFigures b) => new(
        a.Estimate + b.Estimate, a.Allocated + b.Allocated, a.Approved + b.Approved, a.Disbursed + b.Disbursed,
        a.Settled + b.Settled);

    public static BudgetFigures Sum(IEnumerable<BudgetFigures> rows) => rows.Aggregate(Zero, (a, b) => a + b);
}

public sealed record FundRow(Fund Fund, BudgetFigures Figures);

/// <summary>One annual plan: the ministry's KCQG plan or a province's KCĐP plan.</summary>
public sealed record PlanRow(int PlanId, Fund Fund, string Owner, string? DecisionNumber, DateOnly? DecisionDate,
    BudgetFigures Figures);

/// <summary>What one recipient received from one plan (its estimate is the plan's, so it is left empty here).</summary>
public sealed record RecipientRow(int? PlanId, Fund Fund, int RecipientId, string Recipient, string? Area,
    BudgetFigures Figures);
