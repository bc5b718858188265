namespace KhuyenCong.Web.Infrastructure;

public static class ConcurrencyMessage
{
    public const string Text =
        "Hồ sơ này vừa được người khác thay đổi (changed by someone else). Thay đổi của bạn chưa được lưu: hãy tải lại trang để xem bản mới rồi nhập lại.";
}
