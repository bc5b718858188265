using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

public sealed record ChecklistBalance(int RecipientId, string Recipient, Vnd Allocated, Vnd Disbursed)
{
    public Vnd Unspent => Allocated - Disbursed;
}
