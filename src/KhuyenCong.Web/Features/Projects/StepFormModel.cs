using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>The fields a workflow step may need; each step reads only its own.</summary>
public sealed class StepFormModel : IVersionedForm
{
    public long Version { get; set; }

    [Display(Name = "Ý kiến"), StringLength(2000)]
    public string? Comment { get; set; }

    [Display(Name = "Điểm thẩm định"), Range(0, 100)]
    public int? Score { get; set; }

    [Display(Name = "Số tiền (triệu đồng)")]
    public Vnd? Amount { get; set; }

    [Display(Name = "Số quyết định/văn bản"), StringLength(64)]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ngày")]
    public DateOnly? DecisionDate { get; set; }

    [Display(Name = "Hình thức")]
    public DisbursementKind? DisbursementKind { get; set; }

    [Display(Name = "Chuyển sang nguồn")]
    public Fund? ToFund { get; set; }

    [Display(Name = "Năm kế hoạch"), Range(2000, 2100)]
    public int? ToYear { get; set; }

    /// <summary>The part of a payment (or of a reversal) that settles an advance rather than moving money.</summary>
    [Display(Name = "Số tạm ứng được thanh toán (triệu đồng)")]
    public Vnd? AdvanceCleared { get; set; }

    /// <summary>The ledger entry a reversal corrects (checked to be this project's).</summary>
    [Display(Name = "Chứng từ được điều chỉnh")]
    public int? EntryId { get; set; }

    /// <summary>The settled support of each Mẫu 1 line, by the line's order.</summary>
    public List<SettledLineInput> LineActuals { get; set; } = [];
}
