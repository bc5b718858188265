using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Commendations;

namespace KhuyenCong.Web.Features.Commendations;

public sealed class CommendationFormModel : IValidatableObject
{
    [Required, Display(Name = "Đối tượng")]
    public RecipientKind? Kind { get; set; }

    [Required, StringLength(300), Display(Name = "Tập thể/cá nhân được khen thưởng")]
    public string Recipient { get; set; } = "";

    [StringLength(300), Display(Name = "Đơn vị công tác/trực thuộc")]
    public string? RecipientOrganisation { get; set; }

    [Required, StringLength(300), Display(Name = "Hình thức khen thưởng")]
    public string Form { get; set; } = "Bằng khen của Bộ trưởng Bộ Công Thương";

    [Required, Range(1990, 2100), Display(Name = "Từ năm")]
    public int? PeriodFrom { get; set; }

    [Required, Range(1990, 2100), Display(Name = "Đến năm")]
    public int? PeriodTo { get; set; }

    [Required, StringLength(100), Display(Name = "Số quyết định")]
    public string DecisionNumber { get; set; } = "";

    [Required, Display(Name = "Ngày quyết định")]
    public DateOnly? DecisionDate { get; set; }

    [StringLength(2000), Display(Name = "Lý do, thành tích")]
    public string? Reason { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeriodFrom > PeriodTo)
            yield return new ValidationResult("Năm đầu giai đoạn không được sau năm cuối.", [nameof(PeriodTo)]);
    }
}
