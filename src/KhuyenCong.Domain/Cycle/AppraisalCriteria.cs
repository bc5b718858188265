namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// The default score sheet for appraising KCQG projects (/100), after the points the appraisal of extension projects
/// weighs under Circular 28/2018/TT-BCT: need and fit, content and method, effect, the implementer, the estimate.
/// The ministry may change it before the first sheet is scored.
/// </summary>
public static class AppraisalCriteria
{
    public static IReadOnlyList<AppraisalCriterion> Defaults() =>
    [
        new("Sự cần thiết, phù hợp với chương trình khuyến công", 20, 1),
        new("Mục tiêu, nội dung và phương pháp thực hiện", 30, 2),
        new("Hiệu quả kinh tế - xã hội, khả năng nhân rộng", 25, 3),
        new("Năng lực của đơn vị thực hiện và cơ sở thụ hưởng", 15, 4),
        new("Tính hợp lý của dự toán kinh phí", 10, 5),
    ];
}
