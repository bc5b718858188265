using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// The lifecycle of DOMAIN §5, one method per step. Roles are checked by the web layer; states, rules and who may act
/// (separation of duties, Project.Duties.cs) here.
/// </summary>
public partial class Project
{
    /// <summary>
    /// Activity contents whose support goes to establishments, so a project of them needs its beneficiaries.
    /// </summary>
    public static readonly IReadOnlySet<string> ContentsWithBeneficiaries = new HashSet<string> { "ND01", "ND03",
        "ND04", "ND06", "ND13" };

    public static readonly IReadOnlyDictionary<ProjectStatus, ProjectAction[]> AllowedSteps =
        new Dictionary<ProjectStatus, ProjectAction[]>
    {
        [ProjectStatus.Draft] = [ProjectAction.Edited, ProjectAction.Submitted],
        [ProjectStatus.Submitted] = [ProjectAction.Returned, ProjectAction.BaseAppraised],
        [ProjectStatus.BaseAppraised] = [ProjectAction.Registered, ProjectAction.Approved],
        [ProjectStatus.Registered] = [ProjectAction.Approved, ProjectAction.Rejected, ProjectAction.Returned],
        [ProjectStatus.Approved] =
            [ProjectAction.Started, ProjectAction.Adjusted, ProjectAction.Stopped, ProjectAction.Carried],
        [ProjectStatus.InProgress] =
            [ProjectAction.Accepted, ProjectAction.Adjusted, ProjectAction.Stopped, ProjectAction.Disbursed,
             ProjectAction.Reversed],
        [ProjectStatus.Accepted] = [ProjectAction.Settled, ProjectAction.Disbursed, ProjectAction.Reversed],
        // After settlement the balance is paid or recovered, then the project is closed (Project.Money.cs).
        [ProjectStatus.Settled] =
            [ProjectAction.Disbursed, ProjectAction.Reversed, ProjectAction.Recovered, ProjectAction.Closed],
    };

    /// <summary>
    /// Whether a step is allowed now: the table above, narrowed by fund (KCQG registers with the ministry, KCĐP is
    /// approved by the province).
    /// </summary>
    public bool Allows(ProjectAction action) =>
        AllowedSteps.TryGetValue(Status, out var steps) && steps.Contains(action) && (Status, action) switch
        {
            (ProjectStatus.BaseAppraised, ProjectAction.Registered) => Fund == Fund.Kcqg,
            (ProjectStatus.BaseAppraised, ProjectAction.Approved) => Fund == Fund.Kcdp,
            (ProjectStatus.Registered, _) => Fund == Fund.Kcqg,
            _ => true,
        };

    /// <summary>
    /// Draft → Submitted: required fields, cost lines that add up, beneficiaries as the kind needs, the support cap.
    /// The drafter's covering note is kept in the history, as every step's comment is (issue 15).
    /// </summary>
    public void Submit(Actor by, DateTime nowUtc, string activityContentCode, SupportCap? cap, string? comment = null)
    {
        RequireStatus(ProjectAction.Submitted, ProjectStatus.Draft);
        if (_costLines.Count == 0) throw new DomainException("Đề án chưa có dòng dự toán kinh phí (Mẫu 1).");
        if (RequestedSupportDong <= 0) throw new DomainException("Kinh phí đề nghị hỗ trợ phải lớn hơn 0.");
        if (StartDate is null || EndDate is null)
            throw new DomainException("Thiếu thời gian thực hiện (ngày bắt đầu, ngày kết thúc).");
        if (string.IsNullOrWhiteSpace(Objectives))
            throw new DomainException("Thiếu mục tiêu và nội dung chính của đề án.");
        if (ContentsWithBeneficiaries.Contains(activityContentCode))
        {
            var count = _beneficiaries.Count;
            var refusal = Kind switch
            {
                ProjectKind.Single when count != 1 =>
                    new DomainException("Đề án đơn lẻ có đúng một cơ sở thụ hưởng (hiện có {0}).", count),
                ProjectKind.Group when count < 2 =>
                    new DomainException("Đề án nhóm cần ít nhất hai cơ sở thụ hưởng (hiện có {0}).", count),
                ProjectKind.Flagship when count < 1 =>
                    new DomainException("Đề án điểm cần ít nhất một cơ sở thụ hưởng."),
                _ => null,
            };
            if (refusal is not null) throw refusal;
        }
        cap?.Check(RequestedSupport, TotalCost, CapFacts);
        Move(ProjectAction.Submitted, ProjectStatus.Submitted, by, nowUtc, comment);
    }

    /// <summary>Submitted or Registered → Draft, for revision, with the reason.</summary>
    public void Return(Actor by, DateTime nowUtc, string? comment)
    {
        RequireStatus(ProjectAction.Returned, ProjectStatus.Submitted, ProjectStatus.Registered);
        RequireDuties(ProjectAction.Returned, by);
        if (string.IsNullOrWhiteSpace(comment))
            throw new DomainException("Hãy ghi lý do trả lại để người lập đề án hoàn thiện.");
        Move(ProjectAction.Returned, ProjectStatus.Draft, by, nowUtc, comment);
    }

    /// <summary>Submitted → Base-appraised by the department: score and recommended amount.</summary>
    public void AppraiseBase(Actor by, DateTime nowUtc, int score, Vnd recommended, string? comment)
    {
        RequireStatus(ProjectAction.BaseAppraised, ProjectStatus.Submitted);
        RequireDuties(ProjectAction.BaseAppraised, by);
        CheckScore(score);
        CheckAmount(recommended, RequestedSupport,
            new MessageTerm("Kinh phí đề nghị sau thẩm định"), new MessageTerm("kinh phí đề nghị hỗ trợ"));
        BaseScore = score;
        AppraisedSupportDong = recommended.Dong;
        Move(ProjectAction.BaseAppraised, ProjectStatus.BaseAppraised, by, nowUtc, comment, amount: recommended,
            score: score);
    }

    /// <summary>Base-appraised → Registered to the ministry: KCQG only.</summary>
    public void Register(Actor by, DateTime nowUtc, string? comment)
    {
        RequireStatus(ProjectAction.Registered, ProjectStatus.BaseAppraised);
        if (Fund != Fund.Kcqg)
            throw new WorkflowException("Chỉ đề án KCQG được đăng ký với Bộ Công Thương; đề án KCĐP do UBND tỉnh phê " +
            "duyệt.");
        Move(ProjectAction.Registered, ProjectStatus.Registered, by, nowUtc, comment);
    }

    /// <summary>
    /// Approval: KCĐP from Base-appraised (recording the People's Committee decision), KCQG from
    /// Registered (the ministry's appraisal score). The amount is within the appraised one and the cap.
    /// </summary>
    public void Approve(Actor by, DateTime nowUtc, int? score, Vnd amount, string decisionNumber, DateOnly decisionDate,
        SupportCap? cap, string? comment)
    {
        RequireStatus(ProjectAction.Approved, Fund == Fund.Kcqg ? ProjectStatus.Registered
            : ProjectStatus.BaseAppraised);
        RequireDuties(ProjectAction.Approved, by);
        if (Fund == Fund.Kcqg)
        {
            if (score is null) throw new DomainException("Hãy nhập điểm thẩm định của Bộ.");
            CheckScore(score.Value);
            MinistryScore = score;
        }
        CheckAmount(amount, new Vnd(AppraisedSupportDong ?? RequestedSupportDong),
            new MessageTerm("Kinh phí phê duyệt"), new MessageTerm("kinh phí đề nghị sau thẩm định"));
        if (amount.Dong <= 0) throw new DomainException("Kinh phí phê duyệt phải lớn hơn 0.");
        // The rule is the one in force on the decision's date (Decree 235/2025/NĐ-CP), not on the day it is typed.
        if (cap is not null && !cap.AppliesOn(decisionDate))
            throw new InvalidOperationException("The cap given is not in force on the approval decision date.");
        cap?.Check(amount, TotalCost, CapFacts);
        ApprovedSupportDong = amount.Dong;
        ApprovalDecisionNumber = Guard.Required(decisionNumber, "số quyết định phê duyệt");
        ApprovalDecisionDate = decisionDate;
        Move(ProjectAction.Approved, ProjectStatus.Approved, by, nowUtc, comment, decisionNumber, decisionDate, amount,
            score);
    }

    /// <summary>Registered → Rejected by the ministry, with the reason.</summary>
    public void Reject(Actor by, DateTime nowUtc, string? comment)
    {
        RequireStatus(ProjectAction.Rejected, ProjectStatus.Registered);
        RequireDuties(ProjectAction.Rejected, by);
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainException("Hãy ghi lý do không phê duyệt.");
        Move(ProjectAction.Rejected, ProjectStatus.Rejected, by, nowUtc, comment);
    }

    /// <summary>
    /// Approved → In progress when the contract is signed. The approved support must fit in what was
    /// allocated to the implementing organisation for this fund and year, less its other running projects.
    /// </summary>
    public void Start(Actor by, DateTime nowUtc, string contractNumber, DateOnly contractDate, FundingHeadroom headroom,
        string? comment = null)
    {
        RequireStatus(ProjectAction.Started, ProjectStatus.Approved);
        headroom.Check(ApprovedSupport!.Value, FundNames.Code(Fund), Year);
        ContractNumber = Guard.Required(contractNumber, "số hợp đồng");
        ContractDate = contractDate;
        Move(ProjectAction.Started, ProjectStatus.InProgress, by, nowUtc, comment, contractNumber, contractDate,
            ApprovedSupport);
    }

    /// <summary>In progress → Accepted (nghiệm thu) with the acceptance minutes.</summary>
    public void Accept(Actor by, DateTime nowUtc, string minutesNumber, DateOnly date, string? comment)
    {
        RequireStatus(ProjectAction.Accepted, ProjectStatus.InProgress);
        RequireDuties(ProjectAction.Accepted, by);
        AcceptanceNumber = Guard.Required(minutesNumber, "số biên bản nghiệm thu");
        AcceptanceDate = date;
        Move(ProjectAction.Accepted, ProjectStatus.Accepted, by, nowUtc, comment, minutesNumber, date);
    }

    /// <summary>Accepted → Settled (quyết toán); the settled amount is within the approved support.</summary>
    public void Settle(Actor by, DateTime nowUtc, Vnd amount, string decisionNumber, DateOnly date, string? comment)
    {
        RequireStatus(ProjectAction.Settled, ProjectStatus.Accepted);
        RequireDuties(ProjectAction.Settled, by);
        if (amount.IsNegative) throw new DomainException("Số quyết toán không được âm.");
        CheckAmount(amount, ApprovedSupport!.Value,
            new MessageTerm("Số quyết toán"), new MessageTerm("kinh phí phê duyệt"));
        SettledDong = amount.Dong;
        SettlementDecisionNumber = Guard.Required(decisionNumber, "số quyết định quyết toán");
        SettlementDate = date;
        Move(ProjectAction.Settled, ProjectStatus.Settled, by, nowUtc, comment, decisionNumber, date, amount);
    }

    /// <summary>
    /// Adjusts the approved support of an approved or running project, re-checked against the cap and, when running,
    /// the allocation.
    /// </summary>
    public void Adjust(Actor by, DateTime nowUtc, Vnd newApproved, string decisionNumber, DateOnly date, string? reason,
        SupportCap? cap, FundingHeadroom? headroom)
    {
        RequireStatus(ProjectAction.Adjusted, ProjectStatus.Approved, ProjectStatus.InProgress);
        RequireDuties(ProjectAction.Adjusted, by);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Hãy ghi lý do điều chỉnh.");
        if (newApproved.Dong <= 0)
            throw new DomainException("Kinh phí sau điều chỉnh phải lớn hơn 0; để dừng đề án hãy dùng chức năng dừng " +
            "thực hiện.");
        if (newApproved < Disbursed)
            throw new DomainException(
                "Kinh phí sau điều chỉnh {0} triệu đồng thấp hơn số đã giải ngân {1} triệu đồng " +
                "(thiếu {2} triệu đồng).",
                newApproved, Disbursed, Disbursed - newApproved);
        // Re-checked against the rules the project was approved under, not today's.
        if (cap is not null && ApprovalDecisionDate is { } approved && !cap.AppliesOn(approved))
            throw new InvalidOperationException("The cap given is not in force on the approval decision date.");
        cap?.Check(newApproved, TotalCost, CapFacts);
        if (Status == ProjectStatus.InProgress) headroom?.Check(newApproved, FundNames.Code(Fund), Year);
        ApprovedSupportDong = newApproved.Dong;
        Record(ProjectAction.Adjusted, Status, by, nowUtc, reason, decisionNumber, date, newApproved);
    }

    /// <summary>Approved or In progress → Stopped, with the reason.</summary>
    public void Stop(Actor by, DateTime nowUtc, string decisionNumber, DateOnly date, string? reason)
    {
        RequireStatus(ProjectAction.Stopped, ProjectStatus.Approved, ProjectStatus.InProgress);
        RequireDuties(ProjectAction.Stopped, by);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Hãy ghi lý do dừng thực hiện.");
        Move(ProjectAction.Stopped, ProjectStatus.Stopped, by, nowUtc, reason, decisionNumber, date);
    }

    /// <summary>
    /// Approved → Base-appraised under another fund or year, for an approved project that received no funds: moved to
    /// the local fund (this year or next) or re-registered in next year's national plan. The approval is undone (the
    /// new authority decides again); the appraisal stays; the code keeps recording where the proposal started.
    /// </summary>
    public void Carry(Actor by, DateTime nowUtc, Fund toFund, int toYear,
        Organisations.OrganisationKind implementerKind, string? reason)
    {
        RequireStatus(ProjectAction.Carried, ProjectStatus.Approved);
        RequireDuties(ProjectAction.Carried, by);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Hãy ghi lý do chuyển nguồn hoặc chuyển năm.");
        if (toYear != Year && toYear != Year + 1)
            throw new DomainException("Chỉ chuyển sang năm {0} hoặc năm {1}.", Year, Year + 1);
        if (toFund == Fund && toYear == Year) throw new DomainException("Hãy chọn nguồn kinh phí khác hoặc năm sau.");
        if (Fund == Fund.Kcdp && toFund == Fund.Kcqg)
            throw new DomainException("Đề án KCĐP không chuyển sang KCQG: hãy lập đề án đăng ký KCQG mới.");
        if (!Budgets.Allocation.CanReceive(toFund, implementerKind))
            throw new DomainException(
                "Đơn vị thực hiện không nhận kinh phí {0}: không chuyển được.", FundNames.Code(toFund));
        var note = $"{FundNames.Code(Fund)} {Year} → {FundNames.Code(toFund)} {toYear}. {reason.Trim()}";
        Fund = toFund;
        Year = toYear;
        ApprovedSupportDong = null;
        ApprovalDecisionNumber = null;
        ApprovalDecisionDate = null;
        MinistryScore = null;
        Move(ProjectAction.Carried, ProjectStatus.BaseAppraised, by, nowUtc, note);
    }

    private void RequireStatus(ProjectAction action, params ProjectStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new WorkflowException(
                "Không thể thực hiện \"{0}\" khi đề án đang ở trạng thái \"{1}\".",
                new MessageTerm(ProjectNames.Action(action)), new MessageTerm(ProjectNames.Status(Status)));
    }

    private static void CheckScore(int score)
    {
        if (score is < 0 or > 100)
            throw new DomainException("Điểm thẩm định {0} không hợp lệ: phải từ 0 đến 100.", score);
    }

    private static void CheckAmount(Vnd amount, Vnd ceiling, MessageTerm what, MessageTerm ceilingName)
    {
        if (amount.IsNegative) throw new DomainException("{0} không được âm.", what);
        if (amount > ceiling)
            throw new DomainException(
                "{0} {1} triệu đồng vượt {2} {3} triệu đồng, vượt {4} triệu đồng.",
                what, amount, ceilingName, ceiling, amount - ceiling);
    }

    private void Move(ProjectAction action, ProjectStatus to, Actor by, DateTime nowUtc, string? comment = null,
        string? decisionNumber = null, DateOnly? decisionDate = null, Vnd? amount = null, int? score = null)
    {
        var from = Status;
        Status = to;
        _history.Add(new ProjectHistoryEntry(action, from, to, by, nowUtc, comment, decisionNumber, decisionDate,
            amount,
            score, by.ActingFor(ImplementingOrganisationId, LocationUnitId)));
    }

    private void Record(ProjectAction action, ProjectStatus status, Actor by, DateTime nowUtc, string? comment = null,
        string? decisionNumber = null, DateOnly? decisionDate = null, Vnd? amount = null) =>
        _history.Add(new ProjectHistoryEntry(action, status, status, by, nowUtc, comment, decisionNumber, decisionDate,
            amount, null, by.ActingFor(ImplementingOrganisationId, LocationUnitId)));
}

/// <summary>
/// What is left of the implementing organisation's allocation for a fund and year once its other running
/// projects are counted: the ceiling "approved ≤ recipient's allocation" (DOMAIN §4).
/// </summary>
public sealed record FundingHeadroom(string Recipient, Vnd Allocated, Vnd CommittedElsewhere)
{
    public Vnd Available => Allocated - CommittedElsewhere;

    public void Check(Vnd amount, string fund, int year)
    {
        if (amount > Available)
            throw new DomainException(
                "Vượt kinh phí đã giao: {0} được giao {1} triệu đồng {2} năm {3}, các đề án khác đã dùng " +
                "{4} triệu đồng, còn {5} triệu đồng; đề án cần {6} triệu đồng, vượt {7} triệu đồng.",
                Recipient, Allocated, fund, year, CommittedElsewhere, Available, amount, amount - Available);
    }
}
