using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Budgets;

/// <summary>
/// A tranche entry (QĐ giao kế hoạch) tied to one project it funds: an approved project of the recipient, for the
/// plan's fund and year (DOMAIN §11.4). Made only through <see cref="Allocation.LinkProjects"/>.
/// </summary>
public class AllocationProject : AuditableEntity
{
    private AllocationProject() { }

    internal AllocationProject(Allocation allocation, int projectId)
    {
        Allocation = allocation;
        AllocationId = allocation.Id;
        ProjectId = projectId;
    }

    public int AllocationId { get; private set; }
    public Allocation? Allocation { get; private set; }
    public int ProjectId { get; private set; }
    public Projects.Project? Project { get; private set; }
}
