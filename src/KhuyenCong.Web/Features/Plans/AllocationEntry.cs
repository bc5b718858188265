using System.Linq.Expressions;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>One allocation entry as listed under a plan.</summary>
public sealed record AllocationEntry(
    int Id, int RecipientId, string Recipient, string? Area, int Tranche, Vnd Amount,
    string DecisionNumber, DateOnly DecisionDate, string? Note, int? CorrectsId, string By, DateTime AtUtc)
{
    public bool IsCorrection => CorrectsId is not null;

    /// <summary>The projection used wherever entries are listed, translated to SQL.</summary>
    public static readonly Expression<Func<Allocation, AllocationEntry>> FromAllocation = a => new AllocationEntry(
        a.Id, a.RecipientId, a.Recipient!.Name, a.Recipient.ScopeUnit != null ? a.Recipient.ScopeUnit.Name : null,
        a.Tranche, new Vnd(a.AmountDong), a.DecisionNumber, a.DecisionDate, a.Note, a.CorrectsId, a.CreatedBy,
        a.CreatedAtUtc);
}
