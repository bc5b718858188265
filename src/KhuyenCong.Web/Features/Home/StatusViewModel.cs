namespace KhuyenCong.Web.Features.Home;

public sealed record StatusViewModel(int Code)
{
    /// <summary>The status codes the portal sends; the status page answers 404 for any other.</summary>
    public static readonly IReadOnlySet<int> Known = new HashSet<int>
    {
        400, 401, 403, 404, 405, 406, 408, 409, 410, 411, 413, 414, 415, 422, 429, 431,
        500, 501, 502, 503, 504,
    };

    /// <summary>The reason, already in the user's language, when the refusal has one of its own.</summary>
    public string? Message { get; init; }

    /// <summary>
    /// For a 403 refused by a role policy before the page ran: the roles that page needs (display names, still
    /// Vietnamese: the view localizes them), said in <see cref="RolesExplanation"/>.
    /// </summary>
    public IReadOnlyList<string>? RequiredRoles { get; init; }

    /// <summary>The page the user came from on this portal, for a "back" link; null when unknown or elsewhere.
    /// </summary>
    public string? BackUrl { get; init; }

    /// <summary>The reason of a role refusal; {0} is the list of roles that would be allowed.</summary>
    public const string RolesExplanation = "Tài khoản của bạn không có vai trò cần thiết cho trang này (cần một trong "
        + "các vai trò: {0}). Liên hệ quản trị hệ thống nếu cần được cấp quyền.";

    /// <summary>For 413: the size limit that was exceeded, in bytes.</summary>
    public long? LimitBytes { get; init; }

    /// <summary>
    /// The limit in whole MB as shown to the user (a limit carries a little room for the form's other fields).
    /// </summary>
    public long LimitMegabytes => Math.Max(1, (LimitBytes ?? 0) / (1024 * 1024));

    public string Title => Code switch
    {
        400 => "Yêu cầu không hợp lệ",
        403 => "Bạn không có quyền thực hiện thao tác này",
        404 => "Không tìm thấy trang hoặc hồ sơ",
        409 => "Thao tác không thực hiện được ở trạng thái hiện tại",
        413 => "Tệp hoặc biểu mẫu quá lớn",
        429 => "Quá nhiều yêu cầu",
        _ => "Đã có lỗi xảy ra",
    };

    public string Explanation => Code switch
    {
        400 => "Biểu mẫu đã hết hạn, thiếu mã bảo mật hoặc có ký tự không hợp lệ. Vui lòng tải lại trang và thử lại.",
        403 => "Vai trò của bạn không bao gồm chức năng này. Liên hệ quản trị hệ thống nếu cần được cấp quyền.",
        404 => "Địa chỉ không tồn tại, hoặc hồ sơ nằm ngoài phạm vi quản lý của đơn vị bạn.",
        409 => "Hồ sơ đã thay đổi trạng thái. Vui lòng tải lại trang.",
        413 when LimitBytes is not null
            => "Dung lượng gửi lên vượt giới hạn: tối đa {0} MB. Hãy chọn tệp nhỏ hơn rồi gửi lại.",
        413 => "Dung lượng gửi lên vượt giới hạn cho phép. Hãy chọn tệp nhỏ hơn rồi gửi lại.",
        429 => "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.",
        _ => "Hệ thống đã ghi nhận lỗi. Vui lòng thử lại sau ít phút.",
    };
}
