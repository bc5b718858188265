using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;

namespace KhuyenCong.Web.Features.Budget;

/// <summary>The database queries behind one budget overview (see <see cref="BudgetOverviewQuery.Sources"/>).</summary>
public sealed record BudgetOverviewSources(IQueryable<PlanSource> Plans, IQueryable<AllocatedSource> Allocated,
    IQueryable<ExecutionSource> Execution, IQueryable<PlanExecutionSource> PlanExecution);

/// <summary>One annual plan as read from the database (owner null for the ministry's plan).</summary>
public sealed record PlanSource(int Id, Fund Fund, string? Owner, string? DecisionNumber, DateOnly? DecisionDate,
    long EstimateDong, long AllocatedDong, string? OwnerCode = null);

/// <summary>Approved, disbursed and settled of the projects of one fund in one province, for the plan rows.</summary>
public sealed record PlanExecutionSource(Fund Fund, string ProvinceCode, long Approved, long Disbursed, long Settled);

/// <summary>What one recipient received from one plan, summed by the database.</summary>
public sealed record AllocatedSource(int PlanId, Fund Fund, int RecipientId, string Name, string? Area, long Allocated);

/// <summary>
/// Approved, disbursed and settled support of one implementing organisation's projects in one fund, summed by the
/// database.
/// </summary>
public sealed record ExecutionSource(Fund Fund, int ImplementingOrganisationId, string Name, string? Area,
    long Approved, long Disbursed, long Settled);

/// <summary>
/// One province unit of either generation, before the units sharing a code are folded into one option.
/// </summary>
public sealed record ProvinceUnitSource(string Code, string Name, UnitGeneration Generation);
