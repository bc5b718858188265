namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The project import's own messages: Vietnamese keys with their English entries in SharedResource.en.resx (a test
/// checks every one). The domain's refusals and the spreadsheet guard's keep their own keys.
/// </summary>
public static class ProjectImportMessages
{
    public const string NoFile = "Hãy chọn tệp Excel (.xlsx) theo mẫu, tối đa 5 MB.";
    public const string Header = "Dòng tiêu đề khác tệp mẫu: cột {0} phải là \"{1}\".";
    public const string NoRows = "Tệp không có dòng đề án nào.";
    public const string NotAllowed = "Tài khoản của bạn không còn quyền nhập đề án.";
    public const string Required = "Ô bắt buộc này chưa nhập.";
    public const string KindMissing = "Chưa nhập loại đề án (Điểm, Nhóm hoặc Đơn lẻ).";
    public const string KindUnknown = "\"{0}\" không phải loại đề án: dùng Điểm, Nhóm hoặc Đơn lẻ.";
    public const string FundUnknown = "Nguồn kinh phí phải là KCQG hoặc KCĐP.";
    public const string ContentUnknown = "Mã nội dung \"{0}\" không có trong danh mục (ND01 … ND13).";
    public const string OrganisationUnknown = "Không tìm thấy đơn vị \"{0}\" trong phạm vi của bạn.";
    public const string FundNotReceived = "{0} không nhận kinh phí {1} nên không thực hiện được đề án này.";
    public const string GenerationUnknown = "Địa giới phải là Cũ hoặc Mới.";
    public const string UnitUnknown = "Không có huyện/xã mã {0} trong địa bàn của bạn.";
    public const string TaxCodeUnknown =
        "Không có cơ sở mã số thuế {0} trong địa bàn của bạn (hãy thêm cơ sở trước).";
    public const string WholeNumber = "Phải là số nguyên từ {0} đến {1}.";
    public const string DateFormat = "Ngày \"{0}\" không đúng dạng dd/MM/yyyy.";
    public const string DateWindow = "{0}: chỉ nhận ngày từ năm {1} đến năm {2}.";
    public const string AmountMissing = "Chưa nhập số tiền (triệu đồng).";
    public const string AmountNegative = "Số tiền không được âm.";
    public const string AmountTooLarge = "Số tiền {0} quá lớn: nhập theo triệu đồng, tối đa {1} triệu đồng.";
}
