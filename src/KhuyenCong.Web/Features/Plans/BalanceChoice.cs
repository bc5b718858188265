using KhuyenCong.Domain.Budgets;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>Returned or carried over, for one recipient's unspent allocation.</summary>
public sealed class BalanceChoice
{
    public int RecipientId { get; set; }
    public UnspentDisposition? Disposition { get; set; }
}
