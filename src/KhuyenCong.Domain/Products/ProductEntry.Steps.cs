using System.Linq.Expressions;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// Whether a step on an entry may be taken now, and why not: one answer per step that the step method throws
/// (state 409 from ProductRound.AllowedSteps, who is acting 403), the entry's page asks to show or hide the step's
/// form, and the home page and the inbox ask (as a query) to count a council member's work. Who runs the round is
/// the web's question (ProductAccess.CanManage).
/// </summary>
public partial class ProductEntry
{
    /// <summary>Why <paramref name="memberUserId"/> may not score this entry now; null when they may.</summary>
    public DomainException? ScoreRefusal(ProductRound round, string memberUserId)
    {
        if (!round.Allows(ProductAction.Score))
            return new WorkflowException(
                "Vòng bình chọn không ở giai đoạn chấm điểm: không thể chấm hoặc sửa điểm.");
        // Who is acting (403), as for self-scoring below.
        if (!round.IsMember(memberUserId))
            return new SelfApprovalException("Bạn không phải thành viên hội đồng của vòng bình chọn này.");
        // A declared conflict is about who is acting on this entry (403), not the round's state.
        if (IsRecused(memberUserId))
            return new SelfApprovalException(
                "Bạn đã khai báo xung đột lợi ích với sản phẩm này nên không chấm điểm sản phẩm này.");
        // Scoring one's own entry is refused for who is acting (403), as the projects refuse self-approval, not for
        // the round's state (409).
        if (RegisteredByUserId == memberUserId)
            return new SelfApprovalException("Không chấm điểm sản phẩm do chính mình đăng ký.");
        if (Eligibility == EligibilityStatus.Ineligible)
            return new WorkflowException("Sản phẩm không đủ điều kiện, không chấm điểm.");
        return null;
    }

    /// <summary>
    /// The entries still waiting for <paramref name="memberUserId"/>'s sheet: those <see cref="ScoreRefusal"/>
    /// allows and that have none of theirs yet (the round's state and membership are the caller's filter).
    /// </summary>
    public static Expression<Func<ProductEntry, bool>> AwaitsSheetOf(string memberUserId) =>
        e => e.Eligibility != EligibilityStatus.Ineligible && e.RegisteredByUserId != memberUserId
             && !e.Sheets.Any(s => s.MemberUserId == memberUserId)
             && !e.Recusals.Any(r => r.MemberUserId == memberUserId);

    /// <summary>Why <paramref name="memberUserId"/> may not declare a conflict of interest now; null when they may
    /// (declaring it twice changes nothing).</summary>
    public static DomainException? RecuseRefusal(ProductRound round, string memberUserId)
    {
        if (!round.Allows(ProductAction.Recuse))
            return new WorkflowException("Chỉ khai báo xung đột lợi ích trước khi có quyết định công nhận.");
        if (!round.IsMember(memberUserId))
            return new SelfApprovalException("Bạn không phải thành viên hội đồng của vòng bình chọn này.");
        return null;
    }

    /// <summary>Why the organiser may not decide the entry's eligibility now; null when they may.</summary>
    public static WorkflowException? EligibilityRefusal(ProductRound round) =>
        round.Allows(ProductAction.DecideEligibility)
            ? null
            : new WorkflowException("Chỉ xét điều kiện trước khi có quyết định công nhận.");

    /// <summary>Why this entry may not get its certificate now; null when it may.</summary>
    public WorkflowException? CertificateRefusal(ProductRound round)
    {
        if (!round.Allows(ProductAction.IssueCertificate))
            return new WorkflowException(
                "Chỉ cấp giấy chứng nhận sau khi có quyết định công nhận và trước khi kết thúc vòng.");
        if (Certificate is not null)
            return new WorkflowException("Sản phẩm đã được cấp giấy chứng nhận {0}.", Certificate.Number);
        if (MeanScore is null || MeanScore < round.PassThreshold)
            return new WorkflowException(
                "Sản phẩm đạt {0:0.##} điểm, dưới ngưỡng {1}: không cấp giấy chứng nhận.",
                MeanScore ?? 0, round.PassThreshold);
        if (!Recognised)
            return new WorkflowException("Sản phẩm không có trong quyết định công nhận (vượt số lượng tối đa).");
        return null;
    }
}
