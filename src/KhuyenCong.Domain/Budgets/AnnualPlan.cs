using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Reform;

namespace KhuyenCong.Domain.Budgets;

/// <summary>
/// Kế hoạch/dự toán năm: one per year and fund and owner (the ministry for KCQG, a province for KCĐP).
/// It holds its allocations and keeps the ceiling "allocations ≤ estimate" (DOMAIN §4). Adding an
/// allocation changes <see cref="AllocatedDong"/>, so the plan's version moves and two officers
/// allocating from the same plan at once cannot both pass the ceiling.
/// </summary>
public class AnnualPlan : AuditableEntity, IScopedRecord
{
    private readonly List<Allocation> _allocations = [];
    private readonly List<EstimateRevision> _revisions = [];
    private readonly List<PlanYearEvent> _yearEvents = [];

    private AnnualPlan() { }

    public AnnualPlan(int year, Fund fund, AdministrativeUnit? ownerProvince, Vnd estimate,
        string? decisionNumber, DateOnly? decisionDate, Programme? programme)
    {
        BudgetRules.CheckYear(year);
        if (fund == Fund.Kcqg && ownerProvince is not null)
            throw new DomainException("Kế hoạch KCQG do Bộ Công Thương lập, không thuộc tỉnh nào.");
        if (fund == Fund.Kcdp && ownerProvince is null)
            throw new DomainException("Kế hoạch KCĐP phải thuộc một tỉnh/thành phố.");
        if (ownerProvince is not null && ownerProvince.Level != UnitLevel.Province)
            throw new DomainException("Kế hoạch KCĐP phải thuộc một tỉnh/thành phố.");
        // A 2026 plan belongs to a current province, a 2024 one to a legacy province (DOMAIN §10); the web names
        // the successor before it gets here.
        if (ownerProvince is not null) ReferencePeriod.ForPlanYear(year).Require(ownerProvince);
        Year = year;
        Fund = fund;
        OwnerUnitId = ownerProvince?.Id;
        OwnerUnit = ownerProvince;
        CheckEstimate(estimate);
        SetDecision(decisionNumber, decisionDate);
        Describe(programme, note: null);
        EstimateDong = estimate.Dong;
        _revisions.Add(new EstimateRevision(this, 0, estimate, estimate, DecisionNumber, DecisionDate, null));
    }

    public int Year { get; private set; }
    public Fund Fund { get; private set; }

    /// <summary>The province of a KCĐP plan; null for the national plan.</summary>
    public int? OwnerUnitId { get; private set; }

    public AdministrativeUnit? OwnerUnit { get; private set; }
    public int? ProgrammeId { get; private set; }
    public Programme? Programme { get; private set; }
    public long EstimateDong { get; private set; }

    /// <summary>Sum of the allocation entries, kept with them so lists and the ceiling need no extra query.</summary>
    public long AllocatedDong { get; private set; }

    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public string? Note { get; private set; }

    public IReadOnlyList<Allocation> Allocations => _allocations;

    public Vnd Estimate => new(EstimateDong);
    public Vnd Allocated => new(AllocatedDong);
    public Vnd Remaining => Estimate - Allocated;
    int? IScopedRecord.ScopeUnitId => OwnerUnitId;

    /// <summary>The estimate's entries, the original first (see <see cref="EstimateRevision"/>).</summary>
    public IReadOnlyList<EstimateRevision> Revisions => _revisions;

    public IReadOnlyList<PlanYearEvent> YearEvents => _yearEvents;

    /// <summary>
    /// Closed at year end; only a documented reopening makes the plan, its allocations and projects changeable.
    /// </summary>
    public bool IsClosed { get; private set; }

    /// <summary>The programme and the note: neither changes the estimate nor its decisions.</summary>
    public void Describe(Programme? programme, string? note)
    {
        RequireOpen();
        if (programme is not null)
        {
            if (programme.ProvinceUnitId != OwnerUnitId)
                throw new DomainException("Chương trình đã chọn không thuộc cùng cấp với kế hoạch này.");
            if (!programme.Covers(Year))
                throw new DomainException("Chương trình \"{0}\" không bao gồm năm {1}.", programme.Name, Year);
        }
        ProgrammeId = programme?.Id;
        Programme = programme;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>
    /// Records the decision of the original estimate when the plan was made without it; a recorded decision is never
    /// overwritten (a later one is an adjustment, <see cref="AdjustEstimate"/>).
    /// </summary>
    public void RecordDecision(string decisionNumber, DateOnly decisionDate)
    {
        RequireOpen();
        if (DecisionNumber is not null)
            throw new DomainException(
                "Kế hoạch đã có quyết định giao dự toán {0}; quyết định sau là một lần điều chỉnh dự toán.",
                DecisionNumber);
        SetDecision(decisionNumber, decisionDate);
        var original = _revisions.FirstOrDefault(r => r.IsOriginal);
        // The original entry was written without a decision: it is replaced by one that carries it, same amount.
        if (original is not null) _revisions.Remove(original);
        _revisions.Insert(0, new EstimateRevision(this, 0, new Vnd(original?.EstimateDong ?? EstimateDong),
            new Vnd(original?.ChangeDong ?? EstimateDong), DecisionNumber, DecisionDate, null));
    }

    /// <summary>
    /// A mid-year adjustment (điều chỉnh dự toán): a new dated entry with its own decision and reason; the original
    /// decision and every earlier entry stay as they were. The estimate may not fall below what is allocated.
    /// </summary>
    public EstimateRevision AdjustEstimate(Vnd estimate, string decisionNumber, DateOnly decisionDate, string? reason)
    {
        RequireOpen();
        CheckEstimate(estimate);
        if (estimate == Estimate)
            throw new DomainException("Dự toán sau điều chỉnh bằng dự toán hiện hành ({0} triệu đồng).", Estimate);
        Guard.Required(decisionNumber, "số quyết định điều chỉnh dự toán");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Điều chỉnh dự toán phải có lý do.");
        if (_revisions.LastOrDefault(r => r.DecisionDate is not null) is { DecisionDate: { } last }
            && decisionDate < last)
            throw new DomainException(
                "Ngày quyết định điều chỉnh {0} trước quyết định gần nhất ({1}).",
                MessageArguments.Date(decisionDate), MessageArguments.Date(last));
        if (decisionDate.Year < Year - 1 || decisionDate.Year > Year + 1)
            throw new DomainException(
                "Ngày quyết định {0} không thuộc năm kế hoạch {1}.", MessageArguments.Date(decisionDate), Year);
        var entry = new EstimateRevision(this, _revisions.Count == 0 ? 1 : _revisions.Max(r => r.Sequence) + 1,
            estimate, estimate - Estimate, decisionNumber, decisionDate, reason);
        _revisions.Add(entry);
        EstimateDong = estimate.Dong;
        return entry;
    }

    private void CheckEstimate(Vnd estimate)
    {
        if (estimate.IsNegative) throw new DomainException("Dự toán không được âm.");
        if (estimate < Allocated)
            throw new DomainException(
                "Dự toán {0} triệu đồng thấp hơn số đã giao {1} triệu đồng (thiếu {2} triệu đồng). " +
                "Hãy điều chỉnh giảm phân bổ trước.",
                estimate, Allocated, Allocated - estimate);
    }

    private void SetDecision(string? decisionNumber, DateOnly? decisionDate)
    {
        if (string.IsNullOrWhiteSpace(decisionNumber) != (decisionDate is null))
            throw new DomainException("Số và ngày quyết định giao dự toán phải nhập cùng nhau.");
        DecisionNumber = string.IsNullOrWhiteSpace(decisionNumber) ? null : decisionNumber.Trim();
        DecisionDate = decisionDate;
    }

    /// <summary>
    /// Year-end close by the plan's owner, once the checklist is done (the web has carried or cancelled the projects
    /// not started): the unspent allocation of every recipient that has some is returned or carried over.
    /// </summary>
    public PlanYearEvent Close(DateOnly date, IReadOnlyCollection<UnspentBalance> balances, string? note)
    {
        RequireOpen();
        if (date.Year <= Year)
            throw new DomainException("Chưa hết năm kế hoạch {0}: không khóa sổ được ngày {1}.", Year,
                MessageArguments.Date(date));
        var recipients = _allocations.GroupBy(a => a.RecipientId).Where(g => g.Sum(a => a.AmountDong) > 0)
            .Select(g => g.Key).ToHashSet();
        if (balances.Any(b => !recipients.Contains(b.RecipientId)) ||
            balances.Select(b => b.RecipientId).Distinct().Count() != balances.Count)
            throw new DomainException("Danh sách số chưa sử dụng không khớp với các đơn vị nhận kinh phí.");
        var entry = new PlanYearEvent(this, PlanYearEventKind.Closed, date, note, balances);
        _yearEvents.Add(entry);
        IsClosed = true;
        return entry;
    }

    /// <summary>A documented reopening of a closed year: the reason is required and kept with the date.</summary>
    public PlanYearEvent Reopen(DateOnly date, string? reason)
    {
        if (!IsClosed) throw new WorkflowException("Kế hoạch {0} năm {1} chưa khóa sổ.", FundNames.Code(Fund), Year);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Mở lại năm đã khóa sổ phải có lý do.");
        var entry = new PlanYearEvent(this, PlanYearEventKind.Reopened, date, reason, []);
        _yearEvents.Add(entry);
        IsClosed = false;
        return entry;
    }

    /// <summary>The plan's own refusal when its year is closed; the save-time check covers everything else.</summary>
    private void RequireOpen()
    {
        if (IsClosed) throw ClosedYear.Refusal(Fund, Year);
    }

    /// <summary>Total allocated to one recipient, corrections included.</summary>
    public Vnd AllocatedTo(int recipientId) =>
        new(_allocations.Where(a => a.RecipientId == recipientId).Sum(a => a.AmountDong));

    /// <summary>A tranche entry (đợt) to one recipient; refused when it would pass the estimate.</summary>
    public Allocation Allocate(Organisation recipient, int tranche, Vnd amount, string decisionNumber,
        DateOnly decisionDate, string? note)
    {
        RequireOpen();
        if (amount.Dong <= 0)
            throw new DomainException("Số tiền giao phải lớn hơn 0; để giảm số đã giao hãy dùng chức năng điều chỉnh.");
        // New money goes to an organisation active on the decision date, of that date's units (DOMAIN §10);
        // corrections of earlier entries keep their recipient.
        ReferencePeriod.ForDate(decisionDate).Require(recipient, recipient.ScopeUnit);
        CheckTranche(recipient, tranche, decisionNumber, decisionDate);
        return Add(new Allocation(this, recipient, tranche, amount, decisionNumber, decisionDate, note,
            corrects: null));
    }

    /// <summary>
    /// One decision is one tranche (đợt): its entries share the tranche number and the date, another decision takes
    /// another number, and a recipient appears once in a tranche (more money later is a correction or a new tranche).
    /// Corrections keep their original tranche under their own decision and are not counted here.
    /// </summary>
    private void CheckTranche(Organisation recipient, int tranche, string decisionNumber, DateOnly decisionDate)
    {
        var number = decisionNumber?.Trim() ?? "";
        var entries = _allocations.Where(a => !a.IsCorrection).ToList();
        var sameDecision = entries.FirstOrDefault(a => SameDecision(a.DecisionNumber, number));
        if (sameDecision is not null && (sameDecision.Tranche != tranche || sameDecision.DecisionDate != decisionDate))
            throw new DomainException(
                "Quyết định {0} đã giao kinh phí đợt {1} ngày {2}: các khoản của một quyết định thuộc cùng một đợt " +
                "và cùng ngày.",
                sameDecision.DecisionNumber, sameDecision.Tranche, MessageArguments.Date(sameDecision.DecisionDate));
        if (sameDecision is null && entries.FirstOrDefault(a => a.Tranche == tranche) is { } other)
            throw new DomainException(
                "Đợt {0} đã được giao theo quyết định {1}: mỗi quyết định là một đợt, quyết định mới là đợt {2}.",
                tranche, other.DecisionNumber, NextTranche);
        if (entries.Any(a => a.Tranche == tranche && (recipient.Id != 0
                ? a.RecipientId == recipient.Id : ReferenceEquals(a.Recipient, recipient))))
            throw new DomainException(
                "{0} đã được giao kinh phí trong đợt {1}: mỗi đơn vị chỉ nhận một lần trong một đợt; để thay đổi " +
                "số tiền hãy dùng điều chỉnh phân bổ.",
                recipient.Name, tranche);
    }

    /// <summary>The number a new decision's tranche takes: one after the highest so far.</summary>
    public int NextTranche => _allocations.Count == 0 ? 1 : _allocations.Max(a => a.Tranche) + 1;

    /// <summary>
    /// Decision numbers are compared as officers type them: spaces around and letter case do not count.
    /// </summary>
    public static bool SameDecision(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A correction of an earlier entry: a new positive or negative entry with its reason (nothing is
    /// overwritten). The recipient's total may not fall below zero nor the plan's total above its estimate.
    /// </summary>
    public Allocation Correct(Allocation original, Vnd change, string decisionNumber, DateOnly decisionDate,
        string? reason,
        Vnd committedByProjects = default)
    {
        RequireOpen();
        if (original.PlanId != Id || !_allocations.Contains(original))
            throw new DomainException("Khoản phân bổ cần điều chỉnh không thuộc kế hoạch này.");
        if (change.IsZero) throw new DomainException("Số tiền điều chỉnh phải khác 0.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Điều chỉnh phân bổ phải có lý do.");
        var recipientTotal = AllocatedTo(original.RecipientId);
        if ((recipientTotal + change).IsNegative)
            throw new DomainException(
                "Điều chỉnh giảm {0} triệu đồng vượt quá số đã giao cho {1} ({2} triệu đồng), vượt {3} triệu đồng.",
                -change, RecipientName(original), recipientTotal, -(recipientTotal + change));
        if (change.IsNegative && recipientTotal + change < committedByProjects)
            throw new DomainException(
                "Sau điều chỉnh, {0} còn {1} triệu đồng, ít hơn kinh phí các đề án " +
                "đang thực hiện ({2} triệu đồng), thiếu {3} triệu đồng.",
                RecipientName(original), recipientTotal + change, committedByProjects,
                committedByProjects - (recipientTotal + change));
        return Add(new Allocation(this, original.Recipient!, original.Tranche, change, decisionNumber, decisionDate,
            reason, original));
    }

    /// <summary>The recipient as a refusal names it, or "đơn vị" (translated with the message) if not loaded.</summary>
    private static object RecipientName(Allocation allocation) =>
        allocation.Recipient?.Name is { } name ? name : new MessageTerm("đơn vị");

    private Allocation Add(Allocation entry)
    {
        var after = Allocated + entry.Amount;
        if (after > Estimate)
            throw new DomainException(
                "Vượt dự toán {0} năm {1}: dự toán {2} triệu đồng, đã giao {3} triệu đồng, " +
                "lần này {4} triệu đồng, vượt {5} triệu đồng. Không có gì được lưu.",
                FundNames.Code(Fund), Year, Estimate, Allocated, entry.Amount, after - Estimate);
        _allocations.Add(entry);
        AllocatedDong = after.Dong;
        return entry;
    }
}
