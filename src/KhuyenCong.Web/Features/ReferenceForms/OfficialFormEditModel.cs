using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.ReferenceForms;

/// <summary>A correction of an entry's text for all the dates it covers.</summary>
public sealed class OfficialFormEditModel : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }

    /// <summary>Shown, never bound back: the form key and the entry's dates come from the stored entry.</summary>
    public string Key { get; set; } = "";

    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    [Display(Name = "Số hiệu biểu mẫu"), Required, StringLength(100)]
    public string? Number { get; set; }

    [Display(Name = "Văn bản ban hành biểu mẫu"), StringLength(300)]
    public string? Instrument { get; set; }
}
