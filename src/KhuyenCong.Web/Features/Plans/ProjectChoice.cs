using System.ComponentModel.DataAnnotations;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>What to do with one approved project that never started.</summary>
public sealed class ProjectChoice
{
    public int ProjectId { get; set; }
    public YearEndProjectAction? Action { get; set; }

    [StringLength(500)]
    public string? Reason { get; set; }
}
