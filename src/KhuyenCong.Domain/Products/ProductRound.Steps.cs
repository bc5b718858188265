namespace KhuyenCong.Domain.Products;

/// <summary>
/// Whether the organiser's steps may be taken now, and why not: the step throws the answer (409), and the round's page
/// shows the step's button only when there is none, or the reason instead (issue 15: no form offered, then refused).
/// </summary>
public partial class ProductRound
{
    /// <summary>Why scoring may not start now; null when it may.</summary>
    public RoundStateException? StartScoringRefusal()
    {
        if (Status != RoundStatus.Open)
            return new RoundStateException("Chỉ chuyển sang chấm điểm từ trạng thái đang nhận hồ sơ.");
        if (_members.Count == 0) return new RoundStateException("Chưa phân công thành viên hội đồng.");
        return null;
    }

    /// <summary>Why the round may not be closed now; null when it may.</summary>
    public RoundStateException? CloseRefusal() => Status == RoundStatus.Decided
        ? null
        : new RoundStateException("Chỉ kết thúc vòng bình chọn đã có quyết định công nhận.");
}
