using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Home;

/// <summary>What each role does in the portal (DOMAIN §3), shown on the home page.</summary>
public static class RoleDuties
{
    public static IReadOnlyList<string> For(string role) => role switch
    {
        RoleNames.Administrator =>
            ["Quản lý người dùng, vai trò và khóa/mở tài khoản", "Quản lý cơ quan, đơn vị và địa bàn phụ trách",
                "Tra cứu danh mục địa giới hành chính", "Xem nhật ký thay đổi dữ liệu"],
        RoleNames.MinistryOfficer =>
            ["Lập kế hoạch và giao kinh phí khuyến công quốc gia", "Thẩm định, phê duyệt đề án khuyến công quốc gia",
                "Tổ chức bình chọn sản phẩm CNNTTB cấp khu vực, quốc gia", "Xem dữ liệu của cả nước"],
        RoleNames.DepartmentOfficer =>
            ["Lập, thẩm định cơ sở và đăng ký đề án với Bộ", "Lập kế hoạch và giao kinh phí khuyến công địa phương",
                "Theo dõi giải ngân, nghiệm thu, quyết toán", "Tổ chức bình chọn sản phẩm CNNTTB cấp tỉnh"],
        RoleNames.LocalOfficer =>
            ["Soạn và gửi đề án khuyến công của địa phương", "Đăng ký sản phẩm tham gia bình chọn",
                "Xem dữ liệu của địa bàn mình"],
        RoleNames.Leader =>
            ["Xem bảng điều hành và báo cáo trong phạm vi đơn vị"],
        RoleNames.CouncilMember =>
            ["Chấm điểm sản phẩm và đề án được phân công"],
        _ => [],
    };
}
