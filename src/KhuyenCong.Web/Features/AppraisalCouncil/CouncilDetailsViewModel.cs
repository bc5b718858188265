using KhuyenCong.Domain.Cycle;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KhuyenCong.Web.Features.AppraisalCouncil;

public sealed class CouncilDetailsViewModel
{
    public required Domain.Cycle.AppraisalCouncil Council { get; init; }
    public required string Organiser { get; init; }
    public IReadOnlyList<CouncilProjectRow> Projects { get; init; } = [];
    public IReadOnlyList<CouncilMemberProgress> Members { get; init; } = [];
    public IReadOnlyList<(string Id, string Name)> AvailableMembers { get; init; } = [];
    public bool CanManage { get; init; }
    public bool IsMember { get; init; }
    public bool SheetLocked { get; init; }
}
