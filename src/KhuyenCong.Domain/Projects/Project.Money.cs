using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// The money of a project after approval (DOMAIN §4, §11 step 5): advances and payments, an advance cleared by later
/// payments, reversal entries for mistyped ones, settlement per cost line, then the balance (settled − paid) paid or
/// recovered, and only then the project closed. Every entry is a new ledger row (<see cref="Disbursement"/>);
/// <see cref="DisbursedDong"/> is kept equal to their sum, which is what the implementer holds.
/// </summary>
public partial class Project
{
    /// <summary>What the implementer holds now: advances and payments, less reversals and recoveries.</summary>
    public Vnd Paid => Vnd.Sum(_disbursements.Select(d => d.Amount));

    /// <summary>
    /// Advances not yet settled by a payment (tạm ứng chưa thanh toán). Settlement accounts for the whole spending,
    /// so from then on no advance is outstanding: what is left is the balance.
    /// </summary>
    public Vnd OutstandingAdvance => Status is ProjectStatus.Settled or ProjectStatus.Closed ? Vnd.Zero : RawAdvance();

    public Vnd? Settled => SettledDong is { } v ? new Vnd(v) : null;

    /// <summary>Settled − paid: positive still to pay, negative to recover; null before settlement.</summary>
    public Vnd? Balance => Settled is { } settled ? settled - Paid : null;

    /// <summary>
    /// Whether a step that the state allows is worth offering now: paying only what is owed after settlement,
    /// recovering only an over-payment, closing only at a nil balance, reversing only an entry not yet reversed.
    /// The steps still refuse with their reason when called anyway.
    /// </summary>
    public bool Offers(ProjectAction action) => action switch
    {
        ProjectAction.Disbursed => Balance is not { } b || b.Dong > 0,
        ProjectAction.Recovered => Balance is { IsNegative: true },
        ProjectAction.Closed => Balance is { IsZero: true },
        ProjectAction.Reversed => ReversibleEntries.Any(),
        _ => true,
    };

    /// <summary>Advances and payments that no reversal has corrected yet.</summary>
    public IEnumerable<Disbursement> ReversibleEntries => _disbursements
        .Where(d => d.Kind is DisbursementKind.Advance or DisbursementKind.Payment)
        .Where(d => !_disbursements.Any(r => IsReversalOf(r, d)));

    /// <summary>
    /// An advance or a payment. A payment may settle part of the outstanding advance
    /// (<paramref name="advanceCleared"/>: spending proven against money already sent) on top of, or instead of, new
    /// money. Before settlement the money stays within the approved support; after it only a payment of the balance
    /// still owed is taken.
    /// </summary>
    public Disbursement Disburse(Actor by, DateTime nowUtc, DisbursementKind kind, string documentNumber,
        DateOnly date, Vnd amount, string? note, Vnd? advanceCleared = null)
    {
        RequireStatus(ProjectAction.Disbursed, ProjectStatus.InProgress, ProjectStatus.Accepted, ProjectStatus.Settled);
        var cleared = advanceCleared ?? Vnd.Zero;
        var entry = Disbursement.Entry(kind, documentNumber, date, amount, cleared, note);
        var after = Paid + amount;
        if (Settled is { } settled)
        {
            if (kind == DisbursementKind.Advance || !cleared.IsZero)
                throw new DomainException("Đề án đã quyết toán: chỉ thanh toán phần còn lại, không tạm ứng.");
            if (after > settled)
                throw new DomainException(
                    "Vượt số quyết toán: quyết toán {0} triệu đồng, đã chi {1} triệu đồng, còn phải thanh toán " +
                    "{2} triệu đồng; lần này {3} triệu đồng, vượt {4} triệu đồng.",
                    settled, Paid, Balance!.Value, amount, after - settled);
        }
        var outstanding = RawAdvance();
        if (cleared > outstanding)
            throw new DomainException(
                "Số thanh toán tạm ứng {0} triệu đồng vượt số tạm ứng chưa thanh toán {1} triệu đồng.",
                cleared, outstanding);
        var approved = ApprovedSupport!.Value;
        if (after > approved)
            throw new DomainException(
                "Vượt kinh phí phê duyệt: đã phê duyệt {0} triệu đồng, đã giải ngân {1} triệu đồng, " +
                "lần này {2} triệu đồng, vượt {3} triệu đồng.",
                approved, Paid, amount, after - approved);
        _disbursements.Add(entry);
        DisbursedDong = after.Dong;
        Record(ProjectAction.Disbursed, Status, by, nowUtc, note, documentNumber, date, amount);
        return entry;
    }

    /// <summary>
    /// A reversal entry for a mistyped advance or payment: the money (and the advance clearing) it recorded, in full
    /// or in part, with the reason. The entry stays; an entry is reversed once, never by more than it recorded.
    /// </summary>
    public Disbursement Reverse(Actor by, DateTime nowUtc, Disbursement entry, string documentNumber, DateOnly date,
        Vnd amount, Vnd advanceCleared, string? reason)
    {
        RequireStatus(ProjectAction.Reversed, ProjectStatus.InProgress, ProjectStatus.Accepted, ProjectStatus.Settled);
        if (!_disbursements.Contains(entry)) throw new InvalidOperationException("The entry is not this project's.");
        if (entry.Kind is not (DisbursementKind.Advance or DisbursementKind.Payment))
            throw new WorkflowException("Chỉ điều chỉnh giảm được một lần tạm ứng hoặc thanh toán.");
        if (_disbursements.Any(r => IsReversalOf(r, entry)))
            throw new WorkflowException(
                "Chứng từ {0} ngày {1} đã được điều chỉnh giảm; không điều chỉnh lần thứ hai.",
                entry.DocumentNumber, MessageArguments.Date(entry.Date));
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Hãy ghi lý do điều chỉnh giảm.");
        if (amount.IsNegative || advanceCleared.IsNegative)
            throw new DomainException("Số điều chỉnh giảm không được âm.");
        if ((amount + advanceCleared).Dong <= 0) throw new DomainException("Số điều chỉnh giảm phải lớn hơn 0.");
        if (amount > entry.Amount)
            throw new DomainException(
                "Số điều chỉnh giảm {0} triệu đồng vượt số tiền của chứng từ {1} là {2} triệu đồng.",
                amount, entry.DocumentNumber, entry.Amount);
        if (advanceCleared > entry.AdvanceCleared)
            throw new DomainException(
                "Số thanh toán tạm ứng điều chỉnh {0} triệu đồng vượt số của chứng từ {1} là {2} triệu đồng.",
                advanceCleared, entry.DocumentNumber, entry.AdvanceCleared);
        if (entry.Kind == DisbursementKind.Advance && Settled is null && amount > RawAdvance())
            throw new DomainException(
                "Tạm ứng {0} đã được thanh toán một phần; chỉ còn {1} triệu đồng chưa thanh toán. " +
                "Hãy điều chỉnh lần thanh toán tạm ứng trước.",
                entry.DocumentNumber, RawAdvance());
        if (Paid - amount < Vnd.Zero)
            throw new DomainException(
                "Sau điều chỉnh, số đã chi sẽ âm ({0} triệu đồng).", Paid - amount);
        var reversal = Disbursement.Reversal(entry, documentNumber, date, amount, advanceCleared, reason.Trim());
        _disbursements.Add(reversal);
        DisbursedDong = Paid.Dong;
        Record(ProjectAction.Reversed, Status, by, nowUtc,
            $"{entry.DocumentNumber} ({MessageArguments.Date(entry.Date)}): {reason.Trim()}", documentNumber, date,
            -amount);
        return reversal;
    }

    /// <summary>
    /// Accepted → Settled with the final figure of each Mẫu 1 line (planned support vs actual); the settled amount is
    /// their sum, within the approved support. What was paid may differ: the balance is then paid or recovered.
    /// </summary>
    public void Settle(Actor by, DateTime nowUtc, IReadOnlyDictionary<int, Vnd> actualByLineOrder,
        string decisionNumber, DateOnly date, string? comment)
    {
        RequireStatus(ProjectAction.Settled, ProjectStatus.Accepted);
        RequireDuties(ProjectAction.Settled, by);
        foreach (var line in _costLines.OrderBy(l => l.Order))
        {
            if (!actualByLineOrder.TryGetValue(line.Order, out var actual))
                throw new DomainException("Thiếu số quyết toán của dòng {0} ({1}).", line.Order, line.Item);
            if (actual.IsNegative)
                throw new DomainException("Số quyết toán của dòng {0} ({1}) không được âm.", line.Order, line.Item);
        }
        var unknown = actualByLineOrder.Keys.Where(k => _costLines.All(l => l.Order != k)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"No cost line {unknown[0]}.");
        Settle(by, nowUtc, Vnd.Sum(actualByLineOrder.Values), decisionNumber, date, comment);
        foreach (var line in _costLines) line.RecordSettled(actualByLineOrder[line.Order]);
    }

    /// <summary>Money paid back after settlement, up to what the implementer got above the settled amount.</summary>
    public Disbursement Recover(Actor by, DateTime nowUtc, string documentNumber, DateOnly date, Vnd amount,
        string? note)
    {
        RequireStatus(ProjectAction.Recovered, ProjectStatus.Settled);
        var overpaid = -Balance!.Value;
        if (overpaid.Dong <= 0)
            throw new WorkflowException(
                "Không có số chi vượt quyết toán để thu hồi: quyết toán {0} triệu đồng, đã chi {1} triệu đồng.",
                Settled!.Value, Paid);
        if (amount.Dong <= 0) throw new DomainException("Số thu hồi phải lớn hơn 0.");
        if (amount > overpaid)
            throw new DomainException(
                "Số thu hồi {0} triệu đồng vượt số chi vượt quyết toán {1} triệu đồng.", amount, overpaid);
        var entry = Disbursement.Recovery(documentNumber, date, amount, note);
        _disbursements.Add(entry);
        DisbursedDong = Paid.Dong;
        Record(ProjectAction.Recovered, Status, by, nowUtc, note, documentNumber, date, -amount);
        return entry;
    }

    /// <summary>Settled → Closed, only when nothing is left to pay or to recover.</summary>
    public void Close(Actor by, DateTime nowUtc, string? comment)
    {
        RequireStatus(ProjectAction.Closed, ProjectStatus.Settled);
        RequireDuties(ProjectAction.Closed, by);
        var balance = Balance!.Value;
        if (balance.Dong > 0)
            throw new WorkflowException(
                "Chưa đóng được đề án: còn phải thanh toán {0} triệu đồng (quyết toán {1}, đã chi {2} triệu đồng).",
                balance, Settled!.Value, Paid);
        if (balance.IsNegative)
            throw new WorkflowException(
                "Chưa đóng được đề án: còn phải thu hồi {0} triệu đồng (quyết toán {1}, đã chi {2} triệu đồng).",
                -balance, Settled!.Value, Paid);
        Move(ProjectAction.Closed, ProjectStatus.Closed, by, nowUtc, comment);
    }

    /// <summary>The ledger in date order with what was paid and what advance was outstanding after each row.</summary>
    public IReadOnlyList<LedgerLine> Ledger()
    {
        var paid = Vnd.Zero;
        var advance = Vnd.Zero;
        var lines = new List<LedgerLine>();
        foreach (var (d, _) in _disbursements.Select((d, i) => (d, i)).OrderBy(x => x.d.Date).ThenBy(x => x.d.Id)
                     .ThenBy(x => x.i))
        {
            paid += d.Amount;
            advance += AdvanceEffect(d);
            var reversed = _disbursements.FirstOrDefault(r => IsReversalOf(r, d));
            var target = d.Kind == DisbursementKind.Reversal
                ? _disbursements.FirstOrDefault(e => IsReversalOf(d, e))
                : null;
            lines.Add(new LedgerLine(d, paid, advance, reversed, target));
        }
        return lines;
    }

    /// <summary>Advances sent less the part payments have settled, whatever the state.</summary>
    private Vnd RawAdvance() => Vnd.Sum(_disbursements.Select(AdvanceEffect));

    /// <summary>An advance adds to the outstanding advance, a clearing payment takes from it, a reversal undoes
    /// either.</summary>
    private Vnd AdvanceEffect(Disbursement d) => d.Kind switch
    {
        DisbursementKind.Advance => d.Amount,
        DisbursementKind.Payment => -d.AdvanceCleared,
        DisbursementKind.Reversal => _disbursements.FirstOrDefault(e => IsReversalOf(d, e)) is { } target
            && target.Kind == DisbursementKind.Advance ? d.Amount : -d.AdvanceCleared,
        _ => Vnd.Zero,
    };

    /// <summary>By reference before the save (ids are 0), by id once loaded.</summary>
    private static bool IsReversalOf(Disbursement reversal, Disbursement entry) =>
        reversal.Kind == DisbursementKind.Reversal
        && (ReferenceEquals(reversal.Reverses, entry) || (entry.Id != 0 && reversal.ReversesId == entry.Id));
}
