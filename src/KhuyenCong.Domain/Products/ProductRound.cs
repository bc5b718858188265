using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// A round of the selection of typical rural industrial products (DOMAIN §6): Open → Scoring → Decided → Closed.
/// Provincial and local rounds belong to the organiser's unit (scope); regional and national ones have no unit,
/// so every signed-in officer sees them. From 01/07/2025 the levels and organisers follow Circular 38/2025/TT-BCT
/// (<see cref="Circular38"/>); a regional round lists the provinces it covers and takes entries only from them.
/// </summary>
public partial class ProductRound : AuditableEntity, IScopedRecord
{
    public const int DefaultPassThreshold = 70;

    private readonly List<RoundCriterion> _criteria = [];
    private readonly List<CouncilMember> _members = [];
    private readonly List<AdministrativeUnit> _provinces = [];

    private ProductRound() { }

    /// <summary>
    /// Opens a round. The organiser (with its scope unit loaded) must be allowed to hold this level on the round's
    /// date; <paramref name="provinces"/> are the provinces a regional round covers.
    /// </summary>
    public ProductRound(RoundLevel level, int year, int ordinal, Region? region, Organisation organiser,
        DateOnly submissionOpens, DateOnly submissionCloses, IEnumerable<RoundCriterion> criteria, int passThreshold,
        int? quota, IEnumerable<AdministrativeUnit>? provinces = null)
    {
        ArgumentNullException.ThrowIfNull(organiser);
        if (year is < 2000 or > 2100) throw new DomainException("Năm bình chọn không hợp lệ.");
        if (ordinal < 1) throw new DomainException("Lần bình chọn phải từ 1 trở lên.");
        if (level == RoundLevel.Regional && region is null)
            throw new DomainException("Vòng bình chọn cấp khu vực phải chọn khu vực.");
        if (level != RoundLevel.Regional && region is not null)
            throw new DomainException("Chỉ vòng cấp khu vực mới có khu vực.");
        var applies = Circular38.Applies(year, submissionOpens);
        Circular38.CheckOrganiser(level, applies, organiser, submissionOpens);
        _provinces.AddRange((provinces ?? []).DistinctBy(p => (p.Generation, p.Code)));
        Circular38.CheckProvinces(level, applies, _provinces);
        var organiserId = organiser.Id;
        var organiserUnitId = organiser.ScopeUnitId;
        if (submissionCloses < submissionOpens)
            throw new DomainException("Hạn nộp hồ sơ phải sau ngày bắt đầu nhận hồ sơ.");
        _criteria.AddRange(criteria);
        if (_criteria.Count == 0) throw new DomainException("Phiếu chấm phải có ít nhất một tiêu chí.");
        if (passThreshold < 1 || passThreshold > MaxTotal)
            throw new DomainException("Ngưỡng đạt phải từ 1 đến {0} điểm.", MaxTotal);
        if (quota is <= 0) throw new DomainException("Số lượng sản phẩm được công nhận tối đa phải lớn hơn 0.");

        Level = level;
        Year = year;
        Ordinal = ordinal;
        Region = region;
        OrganiserId = organiserId;
        // Regional and national rounds concern the whole country: no scope unit, visible to every officer.
        ScopeUnitId = level is RoundLevel.Regional or RoundLevel.National ? null : organiserUnitId;
        SubmissionOpens = submissionOpens;
        SubmissionCloses = submissionCloses;
        PassThreshold = passThreshold;
        Quota = quota;
        Status = RoundStatus.Open;
    }

    public RoundLevel Level { get; private set; }
    public int Year { get; private set; }
    public int Ordinal { get; private set; }
    public Region? Region { get; private set; }
    public int OrganiserId { get; private set; }
    public int? ScopeUnitId { get; private set; }
    public DateOnly SubmissionOpens { get; private set; }
    public DateOnly SubmissionCloses { get; private set; }
    public int PassThreshold { get; private set; }
    public int? Quota { get; private set; }
    public RoundStatus Status { get; private set; }
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }

    /// <summary>The provinces a regional round covers (none for other levels, nor for regional rounds entered before
    /// the list existed: those take entries from anywhere).</summary>
    public IReadOnlyCollection<AdministrativeUnit> Provinces => _provinces;

    /// <summary>Whether Circular 38/2025/TT-BCT governs this round (see <see cref="Circular38.Applies"/>).</summary>
    public bool UnderCircular38 => Circular38.Applies(Year, SubmissionOpens);

    public IReadOnlyList<RoundCriterion> Criteria => _criteria;
    public IReadOnlyCollection<CouncilMember> Members => _members;

    public int MaxTotal => _criteria.Sum(c => c.MaxScore);

    public bool IsMember(string userId) => _members.Any(m => m.UserId == userId);

    public void AssignMember(string userId, string fullName)
    {
        RequireStep(ProductAction.AssignMember,
            "Chỉ phân công hội đồng khi vòng bình chọn đang nhận hồ sơ hoặc đang chấm điểm.");
        if (IsMember(userId)) throw new DomainException("Thành viên này đã có trong hội đồng.");
        _members.Add(new CouncilMember(userId, fullName));
    }

    /// <summary>New entries are accepted only while the round is open and the submission window runs.</summary>
    public void EnsureAcceptsEntries(DateOnly today)
    {
        RequireStep(ProductAction.RegisterEntry, "Vòng bình chọn không còn nhận hồ sơ.");
        if (today < SubmissionOpens || today > SubmissionCloses)
            throw new WorkflowException(
                "Thời hạn nhận hồ sơ là từ {0} đến {1}.",
                MessageArguments.Date(SubmissionOpens), MessageArguments.Date(SubmissionCloses));
    }

    /// <summary>
    /// A regional round takes entries only from the provinces it covers. <paramref name="province"/> is the entry's
    /// province, <paramref name="successor"/> the current province a legacy one became part of: a product recorded in
    /// Hòa Bình counts for Phú Thọ. The list must be loaded.
    /// </summary>
    public void EnsureCovers(AdministrativeUnit province, AdministrativeUnit? successor)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (Level != RoundLevel.Regional || _provinces.Count == 0) return;
        // A unit is identified by (generation, code), as the statistics office's codes repeat across generations.
        if (_provinces.Any(p => Same(p, province) || (successor is not null && Same(p, successor)))) return;
        var covered = string.Join(", ", _provinces.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.Name));
        if (successor is null)
            throw new DomainException(
                "Vòng bình chọn cấp khu vực này chỉ nhận sản phẩm của: {0}. Sản phẩm ở {1} không thuộc khu vực.",
                covered, province.Name);
        throw new DomainException(
            "Vòng bình chọn cấp khu vực này chỉ nhận sản phẩm của: {0}. Sản phẩm ở {1} (nay thuộc {2}) không thuộc " +
            "khu vực.", covered, province.Name, successor.Name);
    }

    private static bool Same(AdministrativeUnit a, AdministrativeUnit b) =>
        a.Generation == b.Generation && a.Code == b.Code;

    public void StartScoring()
    {
        if (StartScoringRefusal() is { } refusal) throw refusal;
        Status = RoundStatus.Scoring;
    }

    public void Close()
    {
        if (CloseRefusal() is { } refusal) throw refusal;
        Status = RoundStatus.Closed;
    }
}
