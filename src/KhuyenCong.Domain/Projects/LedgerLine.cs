using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// One row of a project's payments ledger with the running totals after it: what the implementer held and what
/// advance was not yet settled by payments. <paramref name="ReversedBy"/> is the reversal that corrected this entry;
/// <paramref name="Corrects"/>, for a reversal, the entry it corrects.
/// </summary>
public sealed record LedgerLine(
    Disbursement Entry, Vnd PaidAfter, Vnd AdvanceOutstandingAfter, Disbursement? ReversedBy, Disbursement? Corrects);
