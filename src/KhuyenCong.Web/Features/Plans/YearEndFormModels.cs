using System.ComponentModel.DataAnnotations;
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

/// <summary>What to do with one approved project that never started.</summary>
public sealed class ProjectChoice
{
    public int ProjectId { get; set; }
    public YearEndProjectAction? Action { get; set; }

    [StringLength(500)]
    public string? Reason { get; set; }
}

/// <summary>Returned or carried over, for one recipient's unspent allocation.</summary>
public sealed class BalanceChoice
{
    public int RecipientId { get; set; }
    public UnspentDisposition? Disposition { get; set; }
}

/// <summary>The year-end checklist as a form.</summary>
public sealed class YearEndFormModel : IVersionedForm
{
    public long Version { get; set; }

    [Display(Name = "Số quyết định hủy đề án")]
    [StringLength(64)]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(1000)]
    public string? Note { get; set; }

    public List<ProjectChoice> Projects { get; set; } = [];
    public List<BalanceChoice> Balances { get; set; } = [];

    public int PlanId { get; set; }
    public PlanSummary? Plan { get; set; }

    [BindNever]
    public YearEndFacts? Facts { get; set; }
}

/// <summary>A documented reopening of a closed year.</summary>
public sealed class ReopenFormModel : IVersionedForm
{
    public long Version { get; set; }

    [Display(Name = "Lý do mở lại")]
    [Required, StringLength(1000)]
    public string? Reason { get; set; }

    public int PlanId { get; set; }
    public PlanSummary? Plan { get; set; }
}
