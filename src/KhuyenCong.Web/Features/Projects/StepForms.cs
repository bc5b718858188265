using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The form each workflow step shows on a project's page: its route, button, and which fields it asks for, with their
/// labels.
/// </summary>
public static class StepForms
{
    public enum Field
    {
        Comment, Score, Amount, DecisionNumber, DecisionDate, DisbursementKind, ToFund, ToYear,

        /// <summary>Payments: the advance a payment settles; the entry a reversal corrects; settlement lines.</summary>
        AdvanceCleared, Entry, LineActuals,
    }

    public sealed record Descriptor(string Route, string Button, string Css,
        IReadOnlyList<(Field Field, string Label, bool Required)> Fields, string? Confirm = null);

    public static Descriptor For(ProjectAction action, Fund fund) => action switch
    {
        ProjectAction.Submitted => new("Submit", "Gửi đề án", "btn-primary", [(Field.Comment, "Ý kiến", false)],
            "Gửi đề án? Sau khi gửi, dự thảo không sửa được nữa."),
        ProjectAction.Returned => new("Return", "Trả lại để hoàn thiện", "btn-outline-warning",
            [(Field.Comment, "Lý do trả lại", true)]),
        ProjectAction.BaseAppraised => new("Appraise", "Ghi kết quả thẩm định cơ sở", "btn-primary",
            [(Field.Score, "Điểm thẩm định (0–100)", true),
                (Field.Amount, "Kinh phí đề nghị sau thẩm định (triệu đồng)", true),
                (Field.Comment, "Ý kiến thẩm định", false)]),
        ProjectAction.Registered => new("Register", "Đăng ký với Bộ Công Thương", "btn-primary",
            [(Field.Comment, "Ý kiến", false)]),
        ProjectAction.Approved => new("Approve",
            fund == Fund.Kcqg ? "Phê duyệt (Bộ Công Thương)" : "Ghi quyết định phê duyệt của UBND tỉnh", "btn-success",
            fund == Fund.Kcqg
                ? [(Field.Score, "Điểm thẩm định của Bộ (0–100)", true),
                    (Field.Amount, "Kinh phí phê duyệt (triệu đồng)", true),
                   (Field.DecisionNumber, "Số quyết định", true), (Field.DecisionDate, "Ngày quyết định", true),
                       (Field.Comment, "Ý kiến", false)]
                : [(Field.Amount, "Kinh phí phê duyệt (triệu đồng)", true),
                    (Field.DecisionNumber, "Số quyết định của UBND tỉnh", true),
                   (Field.DecisionDate, "Ngày quyết định", true), (Field.Comment, "Ý kiến", false)]),
        ProjectAction.Rejected => new("Reject", "Không phê duyệt", "btn-outline-danger",
            [(Field.Comment, "Lý do", true)]),
        ProjectAction.Started => new("Start", "Ký hợp đồng, bắt đầu thực hiện", "btn-primary",
            [(Field.DecisionNumber, "Số hợp đồng", true), (Field.DecisionDate, "Ngày ký", true),
             (Field.Comment, "Ý kiến", false)]),
        ProjectAction.Disbursed => new("Disburse", "Ghi giải ngân", "btn-outline-primary",
            [(Field.DisbursementKind, "Hình thức", true), (Field.Amount, "Số tiền chi (triệu đồng)", false),
             (Field.AdvanceCleared, "Số tạm ứng được thanh toán (triệu đồng)", false),
             (Field.DecisionNumber, "Số chứng từ", true), (Field.DecisionDate, "Ngày chứng từ", true),
             (Field.Comment, "Ghi chú", false)]),
        ProjectAction.Accepted => new("Accept", "Ghi nghiệm thu", "btn-primary",
            [(Field.DecisionNumber, "Số biên bản nghiệm thu", true), (Field.DecisionDate, "Ngày nghiệm thu", true),
                (Field.Comment, "Ý kiến", false)]),
        ProjectAction.Settled => new("Settle", "Ghi quyết toán", "btn-success",
            [(Field.LineActuals, "Số quyết toán theo dòng dự toán (triệu đồng)", true),
             (Field.DecisionNumber, "Số quyết định quyết toán", true), (Field.DecisionDate, "Ngày quyết định", true),
             (Field.Comment, "Ý kiến", false)]),
        ProjectAction.Adjusted => new("Adjust", "Điều chỉnh kinh phí", "btn-outline-secondary",
            [(Field.Amount, "Kinh phí phê duyệt sau điều chỉnh (triệu đồng)", true),
                (Field.DecisionNumber, "Số quyết định", true),
             (Field.DecisionDate, "Ngày quyết định", true), (Field.Comment, "Lý do điều chỉnh", true)]),
        ProjectAction.Stopped => new("Stop", "Dừng thực hiện", "btn-outline-danger",
            [(Field.DecisionNumber, "Số quyết định", true), (Field.DecisionDate, "Ngày quyết định", true),
                (Field.Comment, "Lý do dừng", true)],
            "Dừng thực hiện đề án này?"),
        ProjectAction.Carried => new("Carry", "Chuyển nguồn hoặc sang năm sau", "btn-outline-secondary",
            [(Field.ToFund, "Chuyển sang nguồn", true), (Field.ToYear, "Năm kế hoạch", true),
                (Field.Comment, "Lý do (đề án chưa được cấp kinh phí)", true)],
            "Chuyển đề án? Quyết định phê duyệt hiện tại sẽ không còn, đề án chờ phê duyệt lại."),
        ProjectAction.Reversed => new("Reverse", "Điều chỉnh giảm giải ngân", "btn-outline-danger",
            [(Field.Entry, "Chứng từ được điều chỉnh", true), (Field.Amount, "Số tiền giảm (triệu đồng)", false),
             (Field.AdvanceCleared, "Số thanh toán tạm ứng giảm (triệu đồng)", false),
             (Field.DecisionNumber, "Số chứng từ điều chỉnh", true), (Field.DecisionDate, "Ngày điều chỉnh", true),
             (Field.Comment, "Lý do điều chỉnh", true)],
            "Ghi bút toán điều chỉnh giảm? Bút toán đã ghi không sửa, không xóa được."),
        ProjectAction.Recovered => new("Recover", "Ghi thu hồi kinh phí", "btn-outline-warning",
            [(Field.Amount, "Số thu hồi (triệu đồng)", true), (Field.DecisionNumber, "Số chứng từ nộp trả", true),
             (Field.DecisionDate, "Ngày nộp trả", true), (Field.Comment, "Ghi chú", false)]),
        ProjectAction.Closed => new("Close", "Đóng đề án", "btn-dark", [(Field.Comment, "Ý kiến", false)],
            "Đóng đề án? Sau khi đóng không ghi thêm giải ngân."),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
