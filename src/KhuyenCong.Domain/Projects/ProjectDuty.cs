using System.Linq.Expressions;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// One rule of the separation of duties (DOMAIN §3, §11): a condition on the project and the actor, written once as
/// an expression so that the step (in memory) and the inbox (in SQL) read the same rule, and the refusal each step
/// gives when it does not hold (403, naming the rule). Which step is subject to which rule is
/// <see cref="Project.Duties"/>.
/// </summary>
public sealed class ProjectDuty
{
    private readonly Func<Project, Actor, bool> _holds;
    private readonly Func<ProjectAction, Fund, SelfApprovalException> _refusal;

    private ProjectDuty(string name, Expression<Func<Project, Actor, bool>> holds,
        Func<ProjectAction, Fund, SelfApprovalException> refusal)
    {
        Name = name;
        Holds = holds;
        _holds = holds.Compile();
        _refusal = refusal;
    }

    /// <summary>The rule as DOMAIN words it (Vietnamese), for documentation and tests.</summary>
    public string Name { get; }

    /// <summary>The condition: true when the actor may take the step as far as this rule goes.</summary>
    public Expression<Func<Project, Actor, bool>> Holds { get; }

    /// <summary>Nobody appraises, approves, adjusts, stops or carries a project they drew up (DOMAIN §3).</summary>
    public static readonly ProjectDuty NotCreator = new(
        "Người lập đề án không tự thẩm định, phê duyệt đề án của mình",
        (p, a) => p.CreatedByUserId != a.UserId,
        (action, _) => action switch
        {
            // A sentence per step, not a step word in one sentence: English needs its own verb and object for each.
            ProjectAction.BaseAppraised => new SelfApprovalException(
                "Bạn đã lập đề án này nên không được thẩm định nó; việc này phải do cán bộ khác thực hiện."),
            ProjectAction.Stopped => new SelfApprovalException(
                "Bạn đã lập đề án này nên không được dừng nó; việc này phải do cán bộ khác thực hiện."),
            ProjectAction.Returned => new SelfApprovalException(
                "Bạn đã lập đề án này nên không được trả lại nó; việc này phải do cán bộ khác thực hiện."),
            ProjectAction.Carried => new SelfApprovalException(
                "Bạn đã lập đề án này nên không được chuyển nó; việc này phải do cán bộ khác thực hiện."),
            ProjectAction.Adjusted => new SelfApprovalException(
                "Bạn đã lập đề án này nên không được điều chỉnh kinh phí của nó" +
                "; việc này phải do cán bộ khác thực hiện."),
            _ => new SelfApprovalException(
                "Bạn đã lập đề án này nên không được phê duyệt nó; việc này phải do cán bộ khác thực hiện."),
        });

    /// <summary>
    /// The implementing organisation never appraises, approves, accepts or settles its own project (DOMAIN §11); its
    /// successor neither, since it carries on the predecessor's work (<see cref="Actor.OrganisationIds"/>).
    /// </summary>
    public static readonly ProjectDuty NotImplementer = new(
        "Đơn vị thực hiện không tự thẩm định, phê duyệt, nghiệm thu, quyết toán đề án của mình",
        (p, a) => !a.OrganisationIds.Contains(p.ImplementingOrganisationId),
        (action, _) => action switch
        {
            ProjectAction.BaseAppraised => new SelfApprovalException(
                "Phân định trách nhiệm: đơn vị thực hiện đề án không được tự thẩm định đề án của mình; đơn vị của " +
                "bạn (hoặc đơn vị mà đơn vị của bạn kế thừa) là đơn vị thực hiện đề án này."),
            ProjectAction.Returned => new SelfApprovalException(
                "Phân định trách nhiệm: đơn vị thực hiện đề án không được tự trả lại đề án của mình (trả lại là một " +
                "kết quả thẩm định); đơn vị của bạn (hoặc đơn vị mà đơn vị của bạn kế thừa) là đơn vị thực hiện đề " +
                "án này."),
            ProjectAction.Accepted => new SelfApprovalException(
                "Phân định trách nhiệm: đơn vị thực hiện đề án không được tự nghiệm thu đề án của mình; đơn vị của " +
                "bạn (hoặc đơn vị mà đơn vị của bạn kế thừa) là đơn vị thực hiện đề án này."),
            // Closing ends the settlement (the balance paid or recovered): the same rule, the same words.
            ProjectAction.Settled or ProjectAction.Closed => new SelfApprovalException(
                "Phân định trách nhiệm: đơn vị thực hiện đề án không được tự quyết toán đề án của mình; đơn vị của " +
                "bạn (hoặc đơn vị mà đơn vị của bạn kế thừa) là đơn vị thực hiện đề án này."),
            _ => new SelfApprovalException(
                "Phân định trách nhiệm: đơn vị thực hiện đề án không được tự quyết định phê duyệt đề án của mình; " +
                "đơn vị của bạn (hoặc đơn vị mà đơn vị của bạn kế thừa) là đơn vị thực hiện đề án này."),
        });

    /// <summary>
    /// The same rule for the decisions, acceptance and settlement, where a KCĐP project's approving level is the
    /// provincial People's Committee (DOMAIN §5: "department officer recording the provincial People's Committee
    /// decision"; §11: "approved by the provincial People's Committee"): the Sở records the Committee's decision, it
    /// does not take it. So a Sở implementing its own KCĐP project records the Committee's approval, acceptance and
    /// settlement of it like any other (else nobody could: the rule below gives those steps to the Sở only), while the
    /// personal rules still keep its drafter and its appraiser out. A centre or a commune implementing stays refused;
    /// KCQG is decided by the ministry itself, so its implementer never decides.
    /// </summary>
    public static readonly ProjectDuty NotImplementerUnlessCommitteeDecides = new(
        "Đơn vị thực hiện không tự phê duyệt, nghiệm thu, quyết toán đề án của mình; đề án KCĐP do UBND tỉnh " +
        "quyết định, Sở Công Thương ghi nhận, kể cả đề án do Sở thực hiện",
        (p, a) => !a.OrganisationIds.Contains(p.ImplementingOrganisationId)
            || (p.Fund == Fund.Kcdp && a.OrganisationKind == OrganisationKind.ProvincialDepartment),
        NotImplementer._refusal);

    /// <summary>
    /// The appraiser does not also approve (DOMAIN §11): whoever recorded a base appraisal of the project, at any
    /// time in its history (a returned and re-appraised proposal keeps its earlier appraisers).
    /// </summary>
    public static readonly ProjectDuty NotAppraiser = new(
        "Người thẩm định không đồng thời phê duyệt",
        (p, a) => !p.History.Any(h => h.Action == ProjectAction.BaseAppraised && h.UserId == a.UserId),
        (_, _) => new SelfApprovalException(
            "Phân định trách nhiệm: người đã thẩm định đề án không được quyết định phê duyệt đề án đó; bạn đã " +
            "thẩm định đề án này nên việc phê duyệt phải do cán bộ khác thực hiện."));

    /// <summary>
    /// The decisions on a project, its acceptance and its settlement belong to the approving level (DOMAIN §5, §11):
    /// the ministry for KCQG, the province's Department of Industry and Trade for KCĐP (recording the People's
    /// Committee's decisions). Which province is the web's scope check (404), made before this rule.
    /// </summary>
    public static readonly ProjectDuty ApprovingLevel = new(
        "Cấp phê duyệt: Bộ Công Thương với đề án KCQG, Sở Công Thương của tỉnh với đề án KCĐP",
        (p, a) => p.Fund == Fund.Kcqg
            ? a.OrganisationKind == OrganisationKind.Ministry
            : a.OrganisationKind == OrganisationKind.ProvincialDepartment,
        (action, fund) => fund == Fund.Kcqg
            ? new SelfApprovalException(
                "Phân định trách nhiệm: {0} đề án KCQG thuộc cấp phê duyệt là Bộ Công Thương; đơn vị của bạn không " +
                "phải cấp phê duyệt của đề án này.", StepTerm(action))
            : new SelfApprovalException(
                "Phân định trách nhiệm: {0} đề án KCĐP thuộc cấp phê duyệt là Sở Công Thương của tỉnh; đơn vị của " +
                "bạn không phải cấp phê duyệt của đề án này.", StepTerm(action)));

    /// <summary>Whether the rule holds for this actor on this project.</summary>
    public bool IsMetBy(Project project, Actor actor) => _holds(project, actor);

    /// <summary>The refusal of <paramref name="action"/> on <paramref name="project"/> when the rule fails.</summary>
    public SelfApprovalException RefusalOf(ProjectAction action, Project project) => _refusal(action, project.Fund);

    /// <summary>The rule bound to one actor, for a query over projects.</summary>
    public Expression<Func<Project, bool>> For(Actor actor)
    {
        var project = Expression.Parameter(typeof(Project), "p");
        return Expression.Lambda<Func<Project, bool>>(BodyFor(actor, project), project);
    }

    /// <summary>The condition's body with <paramref name="actor"/> and <paramref name="project"/> in place.</summary>
    internal Expression BodyFor(Actor actor, ParameterExpression project) =>
        new Bind(Holds.Parameters[1], Expression.Constant(actor))
            .Visit(new Bind(Holds.Parameters[0], project).Visit(Holds.Body));

    private static MessageTerm StepTerm(ProjectAction action) => action switch
    {
        ProjectAction.Accepted => new MessageTerm("việc nghiệm thu"),
        ProjectAction.Settled => new MessageTerm("việc quyết toán"),
        ProjectAction.Closed => new MessageTerm("việc đóng đề án"),
        ProjectAction.Adjusted => new MessageTerm("việc điều chỉnh kinh phí"),
        ProjectAction.Stopped => new MessageTerm("việc dừng thực hiện"),
        ProjectAction.Carried => new MessageTerm("việc chuyển nguồn hoặc chuyển năm"),
        _ => new MessageTerm("việc quyết định phê duyệt"),
    };

    /// <summary>Puts the actor in place of the rule's actor parameter.</summary>
    private sealed class Bind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
