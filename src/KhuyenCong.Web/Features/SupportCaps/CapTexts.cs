using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.SupportCaps;

/// <summary>The Vietnamese wording of a rule's multiplier and condition; views translate it.</summary>
public static class CapTexts
{
    public static string Multiplier(CapMultiplier multiplier) => multiplier switch
    {
        CapMultiplier.PerDemonstrationModel => "Mỗi mô hình trình diễn",
        CapMultiplier.PerProject => "Mỗi đề án",
        _ => "Mỗi cơ sở thụ hưởng",
    };

    public static string Condition(CapCondition condition) => condition switch
    {
        CapCondition.CompleteProductionLine => "Dây chuyền sản xuất hoàn chỉnh",
        CapCondition.NewEnterpriseInDisadvantagedArea => "Doanh nghiệp mới thành lập tại địa bàn khó khăn",
        _ => "Mọi đề án của nội dung",
    };
}
