using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

public sealed class CouncilIndexViewModel
{
    public IReadOnlyList<CouncilRow> Councils { get; init; } = [];
    public bool CanCreate { get; init; }
}
