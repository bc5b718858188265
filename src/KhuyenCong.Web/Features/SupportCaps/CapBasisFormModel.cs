using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.SupportCaps;

/// <summary>The legal basis of an existing rule, the one part of it that may be corrected.</summary>
public sealed class CapBasisFormModel : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }
    public string Name { get; set; } = "";

    [Display(Name = "Căn cứ pháp lý (văn bản)"), StringLength(SupportCap.InstrumentLength)]
    public string? LegalInstrument { get; set; }

    [Display(Name = "Điều, khoản"), StringLength(SupportCap.ArticleLength)]
    public string? LegalArticle { get; set; }
}
