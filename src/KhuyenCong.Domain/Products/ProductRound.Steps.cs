using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// Whether the organiser's steps may be taken now, and why not: the step throws the answer (409), and the round's page
/// shows the step's button only when there is none, or the reason instead (issue 15: no form offered, then refused).
/// </summary>
public partial class ProductRound
{
    /// <summary>Why scoring may not start now; null when it may.</summary>
    public WorkflowException? StartScoringRefusal()
    {
        if (!Allows(ProductAction.StartScoring))
            return new WorkflowException("Chỉ chuyển sang chấm điểm từ trạng thái đang nhận hồ sơ.");
        if (_members.Count == 0) return new WorkflowException("Chưa phân công thành viên hội đồng.");
        return null;
    }

    /// <summary>Why the round may not be closed now; null when it may.</summary>
    public WorkflowException? CloseRefusal() => Allows(ProductAction.Close)
        ? null
        : new WorkflowException("Chỉ kết thúc vòng bình chọn đã có quyết định công nhận.");
}
