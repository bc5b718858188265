namespace KhuyenCong.Web.Features.Home;

public sealed record StatusViewModel(int Code)
{
    public string Title => Code switch
    {
        400 => "Yêu cầu không hợp lệ",
        403 => "Bạn không có quyền thực hiện thao tác này",
        404 => "Không tìm thấy trang hoặc hồ sơ",
        409 => "Thao tác không thực hiện được ở trạng thái hiện tại",
        429 => "Quá nhiều yêu cầu",
        _ => "Đã có lỗi xảy ra",
    };

    public string Explanation => Code switch
    {
        400 => "Biểu mẫu đã hết hạn hoặc thiếu mã bảo mật. Vui lòng tải lại trang và thử lại.",
        403 => "Vai trò của bạn không bao gồm chức năng này. Liên hệ quản trị hệ thống nếu cần được cấp quyền.",
        404 => "Địa chỉ không tồn tại, hoặc hồ sơ nằm ngoài phạm vi quản lý của đơn vị bạn.",
        409 => "Hồ sơ đã thay đổi trạng thái. Vui lòng tải lại trang.",
        429 => "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.",
        _ => "Hệ thống đã ghi nhận lỗi. Vui lòng thử lại sau ít phút.",
    };
}
