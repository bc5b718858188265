using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure.Refusals;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

/// <summary>The score sheet as edited: blank lines are ignored; the points must add up to 100.</summary>
public sealed class SheetFormModel : IVersionedForm
{
    public const int Lines = 8;

    public int CouncilId { get; set; }
    public int Year { get; set; }
    public long Version { get; set; }
    public List<SheetLine> Criteria { get; set; } = [];
}
