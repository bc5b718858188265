using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.ReferenceForms;

/// <summary>What each form key numbers, as a Vietnamese resource key, in the order the list shows them.</summary>
public static class OfficialFormNames
{
    private static readonly (string Key, string Name)[] Names =
    [
        (OfficialFormKeys.CostEstimate, "Dự toán kinh phí đề án khuyến công (Mẫu 1)"),
        (OfficialFormKeys.Registration, "Tổng hợp đăng ký đề án khuyến công (Mẫu 2)"),
        (OfficialFormKeys.Implementation, "Báo cáo tình hình thực hiện đề án khuyến công"),
        (OfficialFormKeys.Indicators, "Tổng hợp kết quả thực hiện các chỉ tiêu khuyến công"),
        (OfficialFormKeys.Allocation, "Bảng phân bổ kinh phí khuyến công"),
        (OfficialFormKeys.Budget, "Tình hình thực hiện kinh phí khuyến công"),
    ];

    public static string Of(string key) => Names.FirstOrDefault(n => n.Key == key).Name ?? key;

    public static int Order(string key)
    {
        var i = Array.FindIndex(Names, n => n.Key == key);
        return i < 0 ? Names.Length : i;
    }
}
