using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// Opening or changing a registration round: year, deadline, note and one indicative figure per province.
/// </summary>
public sealed class RoundFormModel : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }

    [Display(Name = "Năm kế hoạch")]
    [Required, Range(2000, 2100)]
    public int? Year { get; set; }

    [Display(Name = "Hạn gửi hồ sơ")]
    [Required]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(1000)]
    public string? Note { get; set; }

    public List<FigureLine> Figures { get; set; } = [];

    /// <summary>One province's line of the form; the name is shown, never trusted back.</summary>
    public sealed class FigureLine
    {
        public int ProvinceUnitId { get; set; }
        public string? Name { get; set; }

        [Display(Name = "Số kiểm tra (triệu đồng)")]
        public Vnd? Amount { get; set; }
    }
}
