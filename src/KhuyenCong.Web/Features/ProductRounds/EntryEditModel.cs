using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.ProductRounds;

public sealed class EntryEditModel : IVersionedForm
{
    public int Id { get; set; }
    public long Version { get; set; }

    [Required, StringLength(300), Display(Name = "Tên sản phẩm")]
    public string Name { get; set; } = "";

    [Required, Display(Name = "Nhóm sản phẩm")]
    public int? GroupId { get; set; }

    [StringLength(4000), Display(Name = "Mô tả sản phẩm")]
    public string? Description { get; set; }

    public IReadOnlyList<(int Id, string Name)> Groups { get; set; } = [];
}
