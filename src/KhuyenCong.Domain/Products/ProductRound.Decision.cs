using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// The recognition decision (DOMAIN §6, issue 13): refused until every member who is to score an entry has scored
/// it, unless the organiser recorded a quorum exception with its reason; an entry at or above the threshold beyond
/// the quota is "Đạt điểm, ngoài số lượng công nhận"; entries tied on the quota's last place are chosen by the
/// organiser, never by registration order.
/// </summary>
public partial class ProductRound
{
    /// <summary>Why the organiser decides without every sheet (e.g. a member fell ill); null when none.</summary>
    public string? QuorumExceptionReason { get; private set; }
    public string? QuorumExceptionByUserId { get; private set; }
    public DateOnly? QuorumExceptionDate { get; private set; }

    /// <summary>The sheets still missing when the exception was recorded, so the round keeps what it waived.</summary>
    public int? QuorumExceptionMissingSheets { get; private set; }

    /// <summary>Why the organiser chose these entries among those tied on the quota's last place.</summary>
    public string? TieBreakReason { get; private set; }

    /// <summary>
    /// The organiser decides without every sheet. Only while scoring, only when sheets are missing, with a reason;
    /// <paramref name="entries"/> are all the round's entries with sheets and recusals.
    /// </summary>
    public void RecordQuorumException(string reason, string byUserId, DateOnly today, IEnumerable<ProductEntry> entries)
    {
        RequireStep(ProductAction.RecordQuorumException,
            "Chỉ ghi ngoại lệ về số thành viên chấm khi vòng bình chọn đang chấm điểm.");
        var text = Guard.Required(reason, "lý do ngoại lệ về số thành viên chấm");
        var gap = ScoringGap.Of(this, entries);
        if (gap.IsComplete)
            throw new WorkflowException(
                "Hội đồng đã chấm đủ mọi sản phẩm: không cần ngoại lệ về số thành viên chấm.");
        QuorumExceptionReason = text;
        QuorumExceptionByUserId = byUserId;
        QuorumExceptionDate = today;
        QuorumExceptionMissingSheets = gap.Sheets;
    }

    /// <summary>
    /// Records the recognition decision: the entries at or above the threshold, best first, within the quota, are
    /// recognised. <paramref name="entries"/> are all the round's entries with sheets and recusals loaded. When
    /// entries tie on the quota's last place, <paramref name="tieChoice"/> names exactly those of them that take the
    /// places left, with <paramref name="tieReason"/>. Returns the ranking it applied.
    /// </summary>
    public IReadOnlyList<RankedEntry> Decide(string decisionNumber, DateOnly decisionDate,
        IEnumerable<ProductEntry> entries, IReadOnlyCollection<ProductEntry>? tieChoice = null,
        string? tieReason = null)
    {
        RequireStep(ProductAction.Decide, "Chỉ ra quyết định công nhận khi vòng bình chọn đang chấm điểm.");
        var all = entries.ToList();
        var gap = ScoringGap.Of(this, all);
        if (!gap.IsComplete && QuorumExceptionReason is null)
            throw new WorkflowException(
                "Chưa thể ra quyết định công nhận: còn {0} sản phẩm chưa được chấm đủ, {1} thành viên hội đồng chưa " +
                "chấm xong ({2} phiếu chấm còn thiếu). Chờ hội đồng chấm đủ, hoặc đơn vị tổ chức ghi ngoại lệ về số " +
                "thành viên chấm kèm lý do.", gap.Entries, gap.Members, gap.Sheets);
        var number = Guard.Required(decisionNumber, "số quyết định");
        var tie = TieAtQuota(all);
        string? reason = null;
        if (tie is { } t)
        {
            var chosen = (tieChoice ?? []).Distinct().ToList();
            if (chosen.Count != t.Places || chosen.Any(c => !t.Entries.Contains(c)))
                throw new DomainException(
                    "{0} sản phẩm cùng đạt {1:0.##} điểm ở vị trí cuối của số lượng công nhận: đơn vị tổ chức chọn " +
                    "đúng {2} sản phẩm trong số đó và ghi lý do.", t.Entries.Count, t.Score, t.Places);
            reason = Guard.Required(tieReason, "lý do chọn sản phẩm đồng điểm");
        }
        var ranking = Rank(all, tieChoice);
        foreach (var ranked in ranking) ranked.Entry.SetRecognised(ranked.Recognised);
        DecisionNumber = number;
        DecisionDate = decisionDate;
        TieBreakReason = reason;
        Status = RoundStatus.Decided;
        return ranking;
    }

    /// <summary>
    /// Eligible, scored entries by mean score (best first, equal means share a rank). Recognised when at or above the
    /// threshold and within the quota; entries tied on the quota's last place are recognised only when in
    /// <paramref name="tieChoice"/> (before the decision they show as <see cref="EntryOutcome.TiedAtQuota"/>).
    /// </summary>
    public IReadOnlyList<RankedEntry> Rank(IEnumerable<ProductEntry> entries,
        IReadOnlyCollection<ProductEntry>? tieChoice = null)
    {
        var scored = Scored(entries);
        var tie = TieAtQuota(scored);
        var result = new List<RankedEntry>(scored.Count);
        var recognised = 0;
        foreach (var entry in scored)
        {
            var mean = Mean(entry);
            var rank = 1 + scored.Count(e => Mean(e) > mean);
            EntryOutcome outcome;
            if (mean < PassThreshold) outcome = EntryOutcome.NotPassed;
            else if (tie is { } t && t.Entries.Contains(entry))
                outcome = tieChoice is null ? EntryOutcome.TiedAtQuota
                    : tieChoice.Contains(entry) ? EntryOutcome.Recognised : EntryOutcome.PassedOutsideQuota;
            // Below a tie every place is taken, whether or not the organiser has chosen yet.
            else if (tie is { } below && mean < below.Score) outcome = EntryOutcome.PassedOutsideQuota;
            else outcome = Quota is null || recognised < Quota
                ? EntryOutcome.Recognised : EntryOutcome.PassedOutsideQuota;
            if (outcome == EntryOutcome.Recognised) recognised++;
            result.Add(new RankedEntry(entry, rank, outcome == EntryOutcome.Recognised, outcome));
        }
        return result;
    }

    /// <summary>
    /// The entries tied on the quota's last place, when the tie crosses the quota (more tied entries than places
    /// left), and how many places they share; null when the quota decides by score alone.
    /// </summary>
    public QuotaTie? TieAtQuota(IEnumerable<ProductEntry> entries)
    {
        if (Quota is not { } quota) return null;
        var passing = Scored(entries).Where(e => Mean(e) >= PassThreshold).ToList();
        if (passing.Count <= quota) return null;
        var boundary = Mean(passing[quota - 1]);
        if (Mean(passing[quota]) != boundary) return null;
        var above = passing.Count(e => Mean(e) > boundary);
        var tied = passing.Where(e => Mean(e) == boundary).ToList();
        return new QuotaTie(tied, quota - above, boundary);
    }

    /// <summary>The result an entry of a decided round shows, from its stored figures.</summary>
    public EntryOutcome OutcomeOf(EligibilityStatus eligibility, double? meanScore, bool recognised) =>
        eligibility == EligibilityStatus.Ineligible ? EntryOutcome.Ineligible
        : recognised ? EntryOutcome.Recognised
        : meanScore is null ? EntryOutcome.NotScored
        : meanScore >= PassThreshold ? EntryOutcome.PassedOutsideQuota
        : EntryOutcome.NotPassed;

    private static List<ProductEntry> Scored(IEnumerable<ProductEntry> entries) =>
        [.. entries.Where(e => e.Eligibility != EligibilityStatus.Ineligible && e.MeanScore is not null)
            .OrderByDescending(Mean).ThenBy(e => e.Id)];

    /// <summary>Means compared at a fixed precision: equal averages of different sheet counts must tie.</summary>
    private static double Mean(ProductEntry entry) => Math.Round(entry.MeanScore ?? 0, 6);
}
