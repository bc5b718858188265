using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Mvc.Rendering;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Plans;

public sealed class TrancheLine
{
    [Display(Name = "Đơn vị nhận")]
    public int? RecipientId { get; set; }

    [Display(Name = "Số tiền (triệu đồng)")]
    public Vnd? Amount { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(1000)]
    public string? Note { get; set; }
}
