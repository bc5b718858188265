using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Documents;

public sealed class TemplateUploadForm
{
    [Display(Name = "Loại văn bản")]
    public DocumentKind? Kind { get; set; }

    [Display(Name = "Tệp mẫu (.docx)")]
    public IFormFile? File { get; set; }
}
