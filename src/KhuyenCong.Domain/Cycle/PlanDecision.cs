using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// One plan decision (DOMAIN §11 step 4): the ministry's QĐ phê duyệt kế hoạch KCQG năm N with its project list, or a
/// provincial People's Committee's decision on its KCĐP projects. Each project is approved or rejected through its
/// own workflow step (<see cref="Project.Approve"/>, <see cref="Project.Reject"/>, their rules unchanged), all or
/// nothing: one refusal and <see cref="Take"/> throws with every project's reason. Never changed once recorded.
/// </summary>
public sealed class PlanDecision : AuditableEntity, IAppendOnly
{
    private readonly List<PlanDecisionItem> _items = [];

    private PlanDecision() { }

    public Fund Fund { get; private set; }
    public int Year { get; private set; }
    public string Number { get; private set; } = "";
    public DateOnly Date { get; private set; }

    /// <summary>The organisation that recorded it: the ministry unit, or the department for its province.</summary>
    public int RecorderOrganisationId { get; private set; }

    /// <summary>The province of a KCĐP decision; null for the nationwide KCQG decision.</summary>
    public int? ScopeUnitId { get; private set; }

    public string? Note { get; private set; }
    public string RecordedByUserId { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public IReadOnlyList<PlanDecisionItem> Items => _items;

    /// <summary>
    /// Takes the decision: every project's step runs; if any is refused, nothing is returned and the
    /// <see cref="PlanDecisionRefusedException"/> lists the reasons. The caller saves the projects and the decision
    /// together only on success (and discards the projects' changes otherwise).
    /// </summary>
    public static PlanDecision Take(PlanDecisionHeader header, IReadOnlyList<PlanChoice> choices, Actor by,
        DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(choices);
        var decision = new PlanDecision
        {
            Fund = header.Fund,
            Year = header.Year,
            Number = Guard.Required(header.Number, "số quyết định"),
            Date = header.Date,
            RecorderOrganisationId = header.RecorderOrganisationId,
            ScopeUnitId = header.ScopeUnitId,
            Note = string.IsNullOrWhiteSpace(header.Note) ? null : header.Note.Trim(),
            RecordedByUserId = by.UserId,
            RecordedByName = by.Name,
        };
        if (choices.Count == 0)
            throw new DomainException("Hãy chọn ít nhất một đề án để phê duyệt hoặc không phê duyệt.");
        if (choices.Select(c => c.Project.Id).Distinct().Count() != choices.Count)
            throw new InvalidOperationException("A project is listed twice in one decision.");

        var refusals = new List<ProjectRefusal>();
        foreach (var choice in choices)
        {
            try
            {
                decision._items.Add(decision.Decide(choice, by, nowUtc));
            }
            catch (DomainException ex)
            {
                refusals.Add(new ProjectRefusal(choice.Project.Id, choice.Project.Code, ex));
            }
        }
        if (refusals.Count > 0) throw new PlanDecisionRefusedException(refusals);
        return decision;
    }

    private PlanDecisionItem Decide(PlanChoice choice, Actor by, DateTime nowUtc)
    {
        var project = choice.Project;
        if (project.Fund != Fund || project.Year != Year)
            throw new DomainException(
                "Đề án {0} thuộc kế hoạch {1} năm {2}, không thuộc quyết định này.",
                project.Code, FundNames.Code(project.Fund), project.Year);
        if (choice.Outcome == PlanOutcome.Rejected)
        {
            project.Reject(by, nowUtc, choice.Reason);
            return new PlanDecisionItem(choice, null, null);
        }
        var amount = choice.Amount ?? choice.DefaultAmount;
        var score = Fund == Fund.Kcqg ? choice.Score ?? choice.DefaultScore : null;
        project.Approve(by, nowUtc, score, amount, Number, Date, choice.Cap, Note);
        return new PlanDecisionItem(choice, score, amount);
    }
}
