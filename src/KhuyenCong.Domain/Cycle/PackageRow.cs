using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// One line of the Mẫu 2 list as the Sở sent it: stored, never recomputed, so the ministry consolidates what the
/// province signed for even after the project moves on (appraised again, approved, renamed).
/// </summary>
public sealed class PackageRow : IAppendOnly
{
    private readonly List<PackageRowBeneficiary> _beneficiaries = [];

    private PackageRow() { }

    public PackageRow(Project project, string contentName, int contentOrder, string implementer, string location,
        IEnumerable<PackageRowBeneficiary> beneficiaries)
    {
        ProjectId = project.Id;
        Code = project.Code;
        Name = project.Name;
        Kind = project.Kind;
        ActivityContentId = project.ActivityContentId;
        ContentName = contentName;
        ContentOrder = contentOrder;
        Implementer = implementer;
        Location = location;
        TotalCostDong = project.TotalCostDong;
        RequestedSupportDong = project.RequestedSupportDong;
        RecommendedSupportDong = project.AppraisedSupportDong ?? project.RequestedSupportDong;
        BaseScore = project.BaseScore;
        _beneficiaries.AddRange(beneficiaries);
    }

    public long Id { get; private set; }
    public int SubmissionId { get; private set; }
    public int ProjectId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public ProjectKind Kind { get; private set; }
    public int ActivityContentId { get; private set; }
    public string ContentName { get; private set; } = "";
    public int ContentOrder { get; private set; }
    public string Implementer { get; private set; } = "";
    public string Location { get; private set; } = "";
    public long TotalCostDong { get; private set; }
    public long RequestedSupportDong { get; private set; }

    /// <summary>
    /// The support the Sở recommends after its base appraisal: what the province asks the ministry for.
    /// </summary>
    public long RecommendedSupportDong { get; private set; }

    public int? BaseScore { get; private set; }
    public IReadOnlyList<PackageRowBeneficiary> Beneficiaries => _beneficiaries;

    public Vnd Requested => new(RequestedSupportDong);
    public Vnd Recommended => new(RecommendedSupportDong);
}
