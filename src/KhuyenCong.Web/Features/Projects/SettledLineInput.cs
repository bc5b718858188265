using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>One Mẫu 1 line's settled support as typed on the settlement form.</summary>
public sealed class SettledLineInput
{
    public int Order { get; set; }

    [Display(Name = "Số quyết toán (triệu đồng)")]
    public Vnd? Amount { get; set; }
}
