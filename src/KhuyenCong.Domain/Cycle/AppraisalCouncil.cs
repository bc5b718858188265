using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// The ministry's appraisal council for the KCQG projects of plan year N (DOMAIN §11 step 3): one per year. The
/// ministry assigns Council-member accounts and sets the score sheet; each member declares conflicts (recused) and
/// scores the projects registered for the year. A project's score is the mean of its sheets, shown as "k/n" like
/// product rounds. The per-project methods work on that project's sheets and recusals, which the caller loads.
/// </summary>
public sealed class AppraisalCouncil : AuditableEntity
{
    /// <summary>The ministry's appraisal score is out of 100, so the sheet adds up to 100.</summary>
    public const int SheetTotal = 100;

    private readonly List<AppraisalCriterion> _criteria = [];
    private readonly List<AppraisalMember> _members = [];
    private readonly List<AppraisalSheet> _sheets = [];
    private readonly List<AppraisalRecusal> _recusals = [];

    private AppraisalCouncil() { }

    public AppraisalCouncil(int year, int organiserId, IEnumerable<AppraisalCriterion> criteria)
    {
        if (year is < 2000 or > 2100) throw new DomainException("Năm kế hoạch {0} không hợp lệ.", year);
        Year = year;
        OrganiserId = organiserId;
        SetCriteria(criteria);
    }

    public int Year { get; private set; }

    /// <summary>The ministry unit that set the council up.</summary>
    public int OrganiserId { get; private set; }

    public IReadOnlyList<AppraisalCriterion> Criteria => _criteria;
    public IReadOnlyCollection<AppraisalMember> Members => _members;
    public IReadOnlyCollection<AppraisalSheet> Sheets => _sheets;
    public IReadOnlyCollection<AppraisalRecusal> Recusals => _recusals;

    public int MaxTotal => _criteria.Sum(c => c.MaxScore);

    public bool IsMember(string userId) => _members.Any(m => m.UserId == userId);

    public void AssignMember(string userId, string fullName)
    {
        if (IsMember(userId)) throw new DomainException("Thành viên này đã có trong hội đồng.");
        _members.Add(new AppraisalMember(userId, Guard.Required(fullName, "họ và tên")));
    }

    /// <summary>
    /// Changes the score sheet; refused once any sheet was scored (with <see cref="Sheets"/> loaded whole).
    /// </summary>
    public void ConfigureSheet(IEnumerable<AppraisalCriterion> criteria)
    {
        if (_sheets.Count > 0)
            throw new WorkflowException(
                "Hội đồng đã chấm {0} phiếu: không sửa phiếu chấm được nữa.", _sheets.Count);
        SetCriteria(criteria);
    }

    /// <summary>
    /// A member declares a conflict of interest with the project; any sheet of theirs for it no longer counts.
    /// </summary>
    public void Recuse(Project project, string memberUserId, string? reason)
    {
        CheckProject(project, memberUserId);
        if (IsRecused(project.Id, memberUserId)) return;
        _recusals.Add(new AppraisalRecusal(project.Id, memberUserId,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        _sheets.RemoveAll(s => s.ProjectId == project.Id && s.MemberUserId == memberUserId);
    }

    /// <summary>Records (or replaces) a member's sheet for a registered project of the year.</summary>
    public void Score(Project project, string memberUserId, IReadOnlyList<int> points)
    {
        CheckProject(project, memberUserId);
        if (IsRecused(project.Id, memberUserId))
            throw new WorkflowException(
                "Bạn đã khai báo xung đột lợi ích với đề án {0} nên không chấm điểm đề án này.", project.Code);
        if (project.CreatedByUserId == memberUserId)
            throw new SelfApprovalException("Không chấm điểm đề án do chính mình lập.");
        if (points.Count != _criteria.Count)
            throw new DomainException("Phiếu chấm phải có đủ {0} tiêu chí.", _criteria.Count);
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] < 0 || points[i] > _criteria[i].MaxScore)
                throw new DomainException(
                    "Điểm tiêu chí \"{0}\" phải từ 0 đến {1}.", _criteria[i].Name, _criteria[i].MaxScore);
        }
        var sheet = _sheets.FirstOrDefault(s => s.ProjectId == project.Id && s.MemberUserId == memberUserId);
        if (sheet is null) _sheets.Add(new AppraisalSheet(project.Id, memberUserId, [.. points]));
        else sheet.SetPoints([.. points]);
    }

    public bool IsRecused(int projectId, string memberUserId) =>
        _recusals.Any(r => r.ProjectId == projectId && r.MemberUserId == memberUserId);

    /// <summary>Mean of the members' totals for the project; null until a sheet exists.</summary>
    public double? MeanFor(int projectId)
    {
        var counted = Counted(projectId).ToList();
        return counted.Count == 0 ? null : counted.Average(s => (double)s.Total);
    }

    /// <summary>"Scored by k of n": n is the members not recused from the project.</summary>
    public (int Scored, int Expected) ProgressFor(int projectId) =>
        (Counted(projectId).Count(),
            _members.Count(m => !IsRecused(projectId, m.UserId)));

    private IEnumerable<AppraisalSheet> Counted(int projectId) =>
        _sheets.Where(s => s.ProjectId == projectId && IsMember(s.MemberUserId)
            && !IsRecused(projectId, s.MemberUserId));

    private void CheckProject(Project project, string memberUserId)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!IsMember(memberUserId))
            throw new SelfApprovalException("Bạn không phải thành viên hội đồng thẩm định đề án năm {0}.", Year);
        if (project.Fund != Fund.Kcqg || project.Year != Year)
            throw new InvalidOperationException("The project is not one of the council's year.");
        // After the plan decision (or a return to the province) the council's work on the project is over.
        if (project.Status != ProjectStatus.Registered)
            throw new WorkflowException(
                "Đề án {0} không còn chờ Bộ thẩm định, phê duyệt: không chấm điểm hoặc khai báo được nữa.",
                project.Code);
    }

    private void SetCriteria(IEnumerable<AppraisalCriterion> criteria)
    {
        var list = criteria.ToList();
        if (list.Count == 0) throw new DomainException("Phiếu chấm phải có ít nhất một tiêu chí.");
        var total = list.Sum(c => c.MaxScore);
        if (total != SheetTotal)
            throw new DomainException("Tổng điểm tối đa của phiếu chấm phải là {0} (hiện là {1}).", SheetTotal, total);
        _criteria.Clear();
        _criteria.AddRange(list.Select((c, i) => new AppraisalCriterion(c.Name, c.MaxScore, i + 1)));
    }
}
