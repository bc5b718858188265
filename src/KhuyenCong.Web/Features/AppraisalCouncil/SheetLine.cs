using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

public sealed class SheetLine
{
    [StringLength(300), Display(Name = "Tiêu chí")]
    public string? Name { get; set; }

    [Range(1, 100), Display(Name = "Điểm tối đa")]
    public int? MaxScore { get; set; }
}
