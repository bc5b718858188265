using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>The projects ticked for one allocation entry.</summary>
public sealed class LinkProjectsFormModel : IVersionedForm
{
    public long Version { get; set; }
    public List<int> ProjectIds { get; set; } = [];

    public int PlanId { get; set; }
    public int AllocationId { get; set; }
    public PlanSummary? Plan { get; set; }
    public AllocationEntry? Entry { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<ProjectCandidate> Candidates { get; set; } = [];

    /// <summary>The approved support of the ticked candidates: what the entry is said to fund.</summary>
    public Vnd Linked => Vnd.Sum(Candidates.Where(c => ProjectIds.Contains(c.Id)).Select(c => c.Approved));
}
