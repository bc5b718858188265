using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// A product registered to a round: its producer, its place (the record's scope unit), the council's score sheets
/// and, once recognised, its certificate.
/// </summary>
public partial class ProductEntry : AuditableEntity, IScopedRecord
{
    private readonly List<ScoreSheet> _sheets = [];
    private readonly List<Recusal> _recusals = [];
    private readonly List<EntryAttachment> _attachments = [];

    private ProductEntry() { }

    /// <summary>
    /// Registers an entry: the round must take entries today, a regional round must cover the entry's province (or,
    /// for a legacy province, <paramref name="successorProvince"/>, the current province it became part of), and a
    /// regional or national entry needs a still-valid certificate of the level below.
    /// </summary>
    public ProductEntry(ProductRound round, string name, int groupId, Establishments.Establishment establishment,
        AdministrativeUnit location, AdministrativeUnit province, AdministrativeUnit? successorProvince,
        string? description, string registeredByUserId, Certificate? prerequisite, DateOnly today)
        : this(round, name, groupId, establishment, location, province.Id, description, registeredByUserId)
    {
        round.EnsureAcceptsEntries(today);
        round.EnsureCovers(province, successorProvince);
        CheckPrerequisite(round.Level, prerequisite, today);
        // The certificate of the level below must be this producer's own: another producer's certificate proves
        // nothing.
        if (prerequisite?.Entry is { } earlier && earlier.EstablishmentId != establishment.Id)
            throw new DomainException(
                "Giấy chứng nhận {0} được cấp cho sản phẩm của cơ sở khác, không dùng cho cơ sở này.",
                prerequisite.Number);
        PrerequisiteCertificate = prerequisite;
    }

    private ProductEntry(ProductRound round, string name, int groupId, Establishments.Establishment establishment,
        AdministrativeUnit location,
        int provinceUnitId, string? description, string registeredByUserId)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(location);
        if (groupId <= 0) throw new DomainException("Thiếu thông tin bắt buộc: nhóm sản phẩm.");
        ArgumentNullException.ThrowIfNull(establishment);
        Round = round;
        RoundId = round.Id;
        Name = Guard.Required(name, "tên sản phẩm");
        SearchKey = VietnameseText.SearchKey(Name);
        GroupId = groupId;
        Establishment = establishment;
        EstablishmentId = establishment.Id;
        LocationUnit = location;
        LocationUnitId = location.Id;
        ProvinceUnitId = provinceUnitId;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        RegisteredByUserId = registeredByUserId;
    }

    /// <summary>
    /// An entry of a round held before the portal existed (demo and migrated data): its prerequisite certificate was
    /// checked on paper, so none is referenced here; it is taken as eligible.
    /// </summary>
    public static ProductEntry Imported(ProductRound round, string name, int groupId,
        Establishments.Establishment establishment, AdministrativeUnit location,
        int provinceUnitId, string? description, string registeredByUserId) =>
        new(round, name, groupId, establishment, location, provinceUnitId, description, registeredByUserId)
        {
            Eligibility = EligibilityStatus.Eligible,
        };

    /// <summary>
    /// An entry made from an accepted nomination package: the product, group, producer and place of the certified
    /// entry below, with that certificate as the prerequisite (the package checked it); counted for the nominating
    /// province. Taken while the round is open, also after its deadline, since the package came in time.
    /// </summary>
    internal static ProductEntry Nominated(ProductRound round, Certificate certificate, int provinceUnitId,
        string submittedByUserId, DateOnly today)
    {
        var below = certificate.Entry ?? throw new InvalidOperationException("The certificate's entry must be loaded.");
        round.RequireStep(ProductAction.AcceptNomination, "Vòng bình chọn không còn nhận hồ sơ.");
        CheckPrerequisite(round.Level, certificate, today);
        var establishment = below.Establishment
            ?? throw new InvalidOperationException("The certified entry's establishment must be loaded.");
        var location = below.LocationUnit
            ?? throw new InvalidOperationException("The certified entry's place must be loaded.");
        return new ProductEntry(round, below.Name, below.GroupId, establishment, location, provinceUnitId,
            below.Description, submittedByUserId)
        {
            PrerequisiteCertificate = certificate,
        };
    }

    public int RoundId { get; private set; }
    public ProductRound? Round { get; private set; }
    public string Name { get; private set; } = "";
    public string SearchKey { get; private set; } = "";
    public int GroupId { get; private set; }
    public ProductGroup? Group { get; private set; }
    public int EstablishmentId { get; private set; }
    public Establishments.Establishment? Establishment { get; private set; }

    /// <summary>Province or commune of the product; the record's scope unit.</summary>
    public int LocationUnitId { get; private set; }
    public AdministrativeUnit? LocationUnit { get; private set; }

    /// <summary>
    /// The province of <see cref="LocationUnitId"/>, kept for the "provinces taking part" statistics.
    /// </summary>
    public int ProvinceUnitId { get; private set; }
    public AdministrativeUnit? ProvinceUnit { get; private set; }

    public string? Description { get; private set; }
    public string RegisteredByUserId { get; private set; } = "";
    public int? PrerequisiteCertificateId { get; private set; }
    public Certificate? PrerequisiteCertificate { get; private set; }
    public EligibilityStatus Eligibility { get; private set; }
    public string? IneligibilityReason { get; private set; }

    /// <summary>
    /// Mean of the non-recused members' totals; null until a sheet exists. Kept current by every score or recusal.
    /// </summary>
    public double? MeanScore { get; private set; }

    public int SheetCount { get; private set; }
    public bool Recognised { get; private set; }
    public Certificate? Certificate { get; private set; }

    public int? ScopeUnitId => LocationUnitId;
    public IReadOnlyCollection<ScoreSheet> Sheets => _sheets;
    public IReadOnlyCollection<Recusal> Recusals => _recusals;
    public IReadOnlyCollection<EntryAttachment> Attachments => _attachments;

    public bool IsRecused(string memberUserId) => _recusals.Any(r => r.MemberUserId == memberUserId);

    /// <summary>A regional entry needs a valid provincial certificate, a national entry a valid regional one.</summary>
    public static void CheckPrerequisite(RoundLevel level, Certificate? certificate, DateOnly today)
    {
        if (level is not (RoundLevel.Regional or RoundLevel.National)) return;
        var required = level - 1;
        var requiredName = new MessageTerm(required == RoundLevel.Provincial ? "cấp tỉnh" : "cấp khu vực");
        if (certificate is null)
            throw new DomainException(
                "Sản phẩm dự bình chọn cấp này phải có giấy chứng nhận {0} còn hiệu lực.", requiredName);
        if (certificate.Level != required)
            throw new DomainException(
                "Giấy chứng nhận {0} không phải giấy chứng nhận {1}.", certificate.Number, requiredName);
        if (!certificate.IsValidOn(today))
            throw new DomainException(
                "Giấy chứng nhận {0} đã hết hiệu lực từ {1}.",
                certificate.Number, MessageArguments.Date(certificate.ValidUntil));
    }

    /// <summary>
    /// Corrects the registration while the round still takes entries; the producer and place stay as registered.
    /// </summary>
    public void Update(ProductRound round, string name, int groupId, string? description)
    {
        CheckRound(round);
        round.RequireStep(ProductAction.EditEntry, "Chỉ sửa hồ sơ sản phẩm khi vòng bình chọn đang nhận hồ sơ.");
        if (groupId <= 0) throw new DomainException("Thiếu thông tin bắt buộc: nhóm sản phẩm.");
        Name = Guard.Required(name, "tên sản phẩm");
        SearchKey = VietnameseText.SearchKey(Name);
        GroupId = groupId;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public void MarkEligible() => SetEligibility(EligibilityStatus.Eligible, null);

    public void MarkIneligible(string reason)
        => SetEligibility(EligibilityStatus.Ineligible, Guard.Required(reason, "lý do không đủ điều kiện"));

    /// <summary>
    /// A member declares a conflict of interest: recused from this entry, any sheet of theirs no longer counts.
    /// </summary>
    public void Recuse(ProductRound round, string memberUserId, string? reason)
    {
        CheckRound(round);
        if (RecuseRefusal(round, memberUserId) is { } refusal) throw refusal;
        if (IsRecused(memberUserId)) return;
        _recusals.Add(new Recusal(memberUserId, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        _sheets.RemoveAll(s => s.MemberUserId == memberUserId);
        Recalculate();
    }

    /// <summary>
    /// Records (or replaces) a member's score sheet. Refused outside Scoring, when recused, out of range.
    /// </summary>
    public void Score(ProductRound round, string memberUserId, IReadOnlyList<int> points)
    {
        CheckRound(round);
        if (ScoreRefusal(round, memberUserId) is { } refusal) throw refusal;
        if (points.Count != round.Criteria.Count)
            throw new DomainException("Phiếu chấm phải có đủ {0} tiêu chí.", round.Criteria.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var criterion = round.Criteria[i];
            if (points[i] < 0 || points[i] > criterion.MaxScore)
                throw new DomainException(
                    "Điểm tiêu chí \"{0}\" phải từ 0 đến {1}.", criterion.Name, criterion.MaxScore);
        }

        var sheet = _sheets.FirstOrDefault(s => s.MemberUserId == memberUserId);
        if (sheet is null) _sheets.Add(new ScoreSheet(memberUserId, [.. points]));
        else sheet.SetPoints([.. points]);
        Recalculate();
    }

    /// <summary>Issues the certificate after the decision; refused for an entry that was not recognised.</summary>
    public Certificate IssueCertificate(ProductRound round, string number, DateOnly issueDate)
    {
        CheckRound(round);
        if (CertificateRefusal(round) is { } refusal) throw refusal;
        Certificate = new Certificate(this, round.Level, number, issueDate);
        return Certificate;
    }

    /// <summary>A photo or document added to the entry's file, until the decision.</summary>
    public EntryAttachment Attach(ProductRound round, EntryAttachment attachment)
    {
        CheckRound(round);
        round.RequireStep(ProductAction.AttachFile, "Vòng bình chọn đã có quyết định: không bổ sung hồ sơ.");
        _attachments.Add(attachment);
        return attachment;
    }

    internal void SetRecognised(bool recognised) => Recognised = recognised;

    private void SetEligibility(EligibilityStatus status, string? reason)
    {
        if (Round is { } round && EligibilityRefusal(round) is { } refusal) throw refusal;
        Eligibility = status;
        IneligibilityReason = reason;
    }

    private void CheckRound(ProductRound round)
    {
        if (round.Id != RoundId || (Round is not null && !ReferenceEquals(Round, round)))
            throw new InvalidOperationException("The entry belongs to another round.");
    }

    /// <summary>Mean of the totals of members not recused; sheets of recused members were already dropped.</summary>
    private void Recalculate()
    {
        var counted = _sheets.Where(s => !IsRecused(s.MemberUserId)).ToList();
        SheetCount = counted.Count;
        MeanScore = counted.Count == 0 ? null : counted.Average(s => (double)s.Total);
    }
}
