using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.ReferenceForms;

/// <summary>
/// A new text (a new instrument) from a day on; the entry in force until then keeps the earlier dates.
/// </summary>
public sealed class OfficialFormReplaceModel : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }

    /// <summary>Shown, never bound back: the entry being replaced.</summary>
    public OfficialFormRow? Current { get; set; }

    [Display(Name = "Áp dụng từ ngày"), Required]
    public DateOnly? From { get; set; }

    [Display(Name = "Số hiệu biểu mẫu"), Required, StringLength(100)]
    public string? Number { get; set; }

    [Display(Name = "Văn bản ban hành biểu mẫu"), StringLength(300)]
    public string? Instrument { get; set; }
}
