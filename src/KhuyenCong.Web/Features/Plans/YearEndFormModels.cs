using KhuyenCong.Domain.Budgets;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.Plans;

public enum YearEndProjectAction
{
    /// <summary>Chuyển sang kế hoạch năm sau (the project waits to be approved again there).</summary>
    Carry = 1,

    /// <summary>Hủy: the project is stopped with the reason.</summary>
    Cancel = 2,
}
