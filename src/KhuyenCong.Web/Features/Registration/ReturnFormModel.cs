using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>The ministry's return of a package, with the reason the Sở reads.</summary>
public sealed class ReturnFormModel : IVersionedForm
{
    public long Version { get; set; }

    [Display(Name = "Lý do trả lại")]
    [StringLength(1000)]
    public string? Reason { get; set; }
}
