using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

public sealed class CouncilFormModel
{
    [Required, Range(2000, 2100), Display(Name = "Năm kế hoạch")]
    public int? Year { get; set; }
}
