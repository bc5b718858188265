using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

public sealed record ChecklistBalance(int RecipientId, string Recipient, Vnd Allocated, Vnd Disbursed)
{
    public Vnd Unspent => Allocated - Disbursed;

    /// <summary>What the recipient's projects going on after the close may still be paid.</summary>
    public Vnd Owed { get; init; }
}
