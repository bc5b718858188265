using System.ComponentModel.DataAnnotations;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Programmes;

public sealed class ProgrammeFormModel : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }

    [Display(Name = "Tên chương trình"), Required, StringLength(300)]
    public string? Name { get; set; }

    [Display(Name = "Từ năm"), Required, Range(2000, 2100)]
    public int? StartYear { get; set; }

    [Display(Name = "Đến năm"), Required, Range(2000, 2100)]
    public int? EndYear { get; set; }

    [Display(Name = "Số quyết định phê duyệt"), Required, StringLength(64)]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ngày quyết định"), Required]
    public DateOnly? DecisionDate { get; set; }
}
