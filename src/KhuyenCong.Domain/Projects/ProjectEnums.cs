namespace KhuyenCong.Domain.Projects;

/// <summary>Đề án điểm (flagship), đề án nhóm (several beneficiaries), đề án đơn lẻ (DOMAIN §5).</summary>
public enum ProjectKind
{
    Flagship = 1,
    Group = 2,
    Single = 3,
}

/// <summary>Where a project stands in its lifecycle (DOMAIN §5).</summary>
public enum ProjectStatus
{
    Draft = 1,
    Submitted = 2,
    BaseAppraised = 3,
    Registered = 4,
    Approved = 5,
    Rejected = 6,
    InProgress = 7,
    Accepted = 8,
    Settled = 9,
    Stopped = 10,

    /// <summary>Settled and the balance paid or recovered: nothing is owed either way (DOMAIN §11 step 5).</summary>
    Closed = 11,
}

/// <summary>What a history row records: a workflow step or a money event.</summary>
public enum ProjectAction
{
    Created = 1,
    Edited,
    Submitted,
    Returned,
    BaseAppraised,
    Registered,
    Approved,
    Rejected,
    Started,
    Accepted,
    Settled,
    Adjusted,
    Stopped,
    Disbursed,

    /// <summary>
    /// An approved project that got no funds moves to the local fund or to next year's plan (DOMAIN §5).
    /// </summary>
    Carried,

    /// <summary>
    /// The ministry returned the province's registration package: back to base-appraised (DOMAIN §11).
    /// </summary>
    RegistrationReturned,

    /// <summary>A reversal entry correcting a mistyped disbursement (append-only, with its reason).</summary>
    Reversed,

    /// <summary>An over-payment found at settlement paid back (thu hồi).</summary>
    Recovered,

    /// <summary>Settled → Closed once the balance is nil.</summary>
    Closed,
}

public enum DisbursementKind
{
    /// <summary>Tạm ứng.</summary>
    Advance = 1,

    /// <summary>Thanh toán.</summary>
    Payment = 2,

    /// <summary>Bút toán điều chỉnh giảm: corrects an earlier entry.</summary>
    Reversal = 3,

    /// <summary>Thu hồi: money paid back after settlement.</summary>
    Recovery = 4,
}

public static class ProjectNames
{
    public static string Kind(ProjectKind kind) => kind switch
    {
        ProjectKind.Flagship => "Đề án điểm",
        ProjectKind.Group => "Đề án nhóm",
        _ => "Đề án đơn lẻ",
    };

    public static string Status(ProjectStatus status) => status switch
    {
        ProjectStatus.Draft => "Dự thảo",
        ProjectStatus.Submitted => "Đã gửi",
        ProjectStatus.BaseAppraised => "Đã thẩm định cơ sở",
        ProjectStatus.Registered => "Đã đăng ký với Bộ",
        ProjectStatus.Approved => "Đã phê duyệt",
        ProjectStatus.Rejected => "Không phê duyệt",
        ProjectStatus.InProgress => "Đang thực hiện",
        ProjectStatus.Accepted => "Đã nghiệm thu",
        ProjectStatus.Settled => "Đã quyết toán",
        ProjectStatus.Closed => "Đã đóng",
        _ => "Dừng thực hiện",
    };

    public static string Action(ProjectAction action) => action switch
    {
        ProjectAction.Created => "Tạo dự thảo",
        ProjectAction.Edited => "Sửa dự thảo",
        ProjectAction.Submitted => "Gửi đề án",
        ProjectAction.Returned => "Trả lại để hoàn thiện",
        ProjectAction.BaseAppraised => "Thẩm định cơ sở",
        ProjectAction.Registered => "Đăng ký với Bộ Công Thương",
        ProjectAction.Approved => "Phê duyệt",
        ProjectAction.Rejected => "Không phê duyệt",
        ProjectAction.Started => "Ký hợp đồng, bắt đầu thực hiện",
        ProjectAction.Accepted => "Nghiệm thu",
        ProjectAction.Settled => "Quyết toán",
        ProjectAction.Adjusted => "Điều chỉnh",
        ProjectAction.Stopped => "Dừng thực hiện",
        ProjectAction.Carried => "Chuyển nguồn hoặc sang năm sau",
        ProjectAction.RegistrationReturned => "Bộ trả lại hồ sơ đăng ký",
        ProjectAction.Reversed => "Điều chỉnh giảm giải ngân",
        ProjectAction.Recovered => "Thu hồi kinh phí",
        ProjectAction.Closed => "Đóng đề án",
        _ => "Giải ngân",
    };

    public static string Disbursement(DisbursementKind kind) => kind switch
    {
        DisbursementKind.Advance => "Tạm ứng",
        DisbursementKind.Reversal => "Điều chỉnh giảm",
        DisbursementKind.Recovery => "Thu hồi",
        _ => "Thanh toán",
    };
}
