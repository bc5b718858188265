using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.ProductRounds;

public sealed class RoundFormModel : IValidatableObject
{
    [Required, Display(Name = "Cấp bình chọn")]
    public RoundLevel? Level { get; set; }

    [Required, Range(2000, 2100), Display(Name = "Năm")]
    public int? Year { get; set; }

    [Required, Range(1, 100), Display(Name = "Lần thứ")]
    public int? Ordinal { get; set; }

    [Display(Name = "Khu vực")]
    public Region? Region { get; set; }

    [Required, Display(Name = "Nhận hồ sơ từ ngày")]
    public DateOnly? SubmissionOpens { get; set; }

    [Required, Display(Name = "Hạn nộp hồ sơ")]
    public DateOnly? SubmissionCloses { get; set; }

    [Required, Range(1, 100), Display(Name = "Ngưỡng đạt (điểm)")]
    public int PassThreshold { get; set; } = ProductRound.DefaultPassThreshold;

    [Range(1, 100000), Display(Name = "Số sản phẩm được công nhận tối đa (để trống nếu không giới hạn)")]
    public int? Quota { get; set; }

    /// <summary>How many products each province (commune, for a provincial round) may nominate.</summary>
    [Range(1, 1000), Display(Name = "Số sản phẩm mỗi tỉnh (xã) được đề cử tối đa (để trống nếu không giới hạn)")]
    public int? NominationQuota { get; set; }

    /// <summary>The provinces a regional round covers (ids of current provinces).</summary>
    [Display(Name = "Các tỉnh, thành phố thuộc khu vực")]
    public List<int> ProvinceIds { get; set; } = [];

    public IReadOnlyList<RoundLevel> AllowedLevels { get; set; } = [];
    public IReadOnlyList<RoundProvinceOption> ProvinceOptions { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SubmissionOpens is { } from && SubmissionCloses is { } to && to < from)
            yield return new ValidationResult("Hạn nộp hồ sơ phải sau ngày bắt đầu nhận hồ sơ.",
                [nameof(SubmissionCloses)]);
    }
}

/// <summary>A current province offered to a regional round, with the region whose preset holds it.</summary>
public sealed record RoundProvinceOption(int Id, string Name, Region? Region);
