using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// A nomination package (issue 13, "rural product nominations"): a province's Sở Công Thương sends its certified
/// products to a regional or national round, a commune People's Committee to its provincial round, as one list within
/// the round's per-unit quota, each product with its still-valid certificate of the level below, with the signed
/// letter (công văn), by the round's deadline. The organiser returns it to be corrected or accepts it, which makes
/// the round's entries in one step. One package per round and unit; the record belongs to the nominating unit.
/// </summary>
public class ProductNomination : AuditableEntity, IScopedRecord
{
    private readonly List<NominationItem> _items = [];

    private ProductNomination() { }

    /// <param name="nominator">The Sở (regional, national round) or commune committee (provincial round), with its
    /// scope unit loaded.</param>
    /// <param name="province">The nominator's province (the unit itself for a Sở).</param>
    public ProductNomination(ProductRound round, Organisation nominator, AdministrativeUnit province, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(nominator);
        ArgumentNullException.ThrowIfNull(province);
        if (!round.TakesNominations)
            throw new DomainException("Vòng bình chọn cấp xã không nhận đề cử.");
        EnsureBeforeDeadline(round, today);
        var unit = nominator.ScopeUnit ?? throw new InvalidOperationException("The nominator's unit must be loaded.");
        if (round.Level == RoundLevel.Provincial)
        {
            if (nominator.Kind != OrganisationKind.CommuneCommittee || province.Id != round.ScopeUnitId)
                throw new DomainException(
                    "Vòng bình chọn cấp tỉnh nhận đề cử của UBND các xã, phường, đặc khu trong tỉnh; {0} không đề cử " +
                    "vào vòng này.", nominator.Name);
        }
        else
        {
            if (nominator.Kind != OrganisationKind.ProvincialDepartment || unit.Level != UnitLevel.Province)
                throw new DomainException(
                    "Vòng bình chọn cấp khu vực, quốc gia nhận đề cử của Sở Công Thương các tỉnh, thành phố; " +
                    "{0} không đề cử vào vòng này.", nominator.Name);
            round.EnsureCovers(province, null);
        }
        Round = round;
        RoundId = round.Id;
        NominatorId = nominator.Id;
        UnitId = unit.Id;
        ProvinceUnitId = province.Id;
        Status = NominationStatus.Draft;
    }

    public int RoundId { get; private set; }
    public ProductRound? Round { get; private set; }
    public int NominatorId { get; private set; }

    /// <summary>The nominating province or commune: the record's scope unit.</summary>
    public int UnitId { get; private set; }
    public AdministrativeUnit? Unit { get; private set; }

    /// <summary>The province the nominated products count for in the round (the unit itself for a province).</summary>
    public int ProvinceUnitId { get; private set; }

    public NominationStatus Status { get; private set; }
    public string? LetterNumber { get; private set; }
    public DateOnly? LetterDate { get; private set; }
    public string? LetterFileName { get; private set; }
    public string? LetterStoredName { get; private set; }
    public string? LetterContentType { get; private set; }
    public long? LetterSizeBytes { get; private set; }
    public DateOnly? SubmittedOn { get; private set; }
    public string? SubmittedByUserId { get; private set; }

    /// <summary>How many times the package was sent (a resend after a return counts again).</summary>
    public int Submissions { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }

    public int? ScopeUnitId => UnitId;
    public IReadOnlyCollection<NominationItem> Items => _items;

    public bool IsEditable => Status is NominationStatus.Draft or NominationStatus.Returned;

    /// <summary>
    /// Adds a product by its certificate (with its entry loaded): of the level just below the round, valid today,
    /// awarded to a product of the nominating unit (<paramref name="ownUnitIds"/>: the unit and the legacy units it
    /// succeeds), not already listed, within the round's quota.
    /// </summary>
    public NominationItem Add(ProductRound round, Certificate certificate, IReadOnlyCollection<int> ownUnitIds,
        DateOnly today)
    {
        CheckRound(round);
        ArgumentNullException.ThrowIfNull(certificate);
        EnsureEditable();
        var entry = certificate.Entry ?? throw new InvalidOperationException("The certificate's entry must be loaded.");
        CheckCertificate(round, certificate, today);
        var own = round.Level == RoundLevel.Provincial
            ? ownUnitIds.Contains(entry.LocationUnitId)
            : ownUnitIds.Contains(entry.ProvinceUnitId);
        if (!own)
            throw new DomainException(
                "Giấy chứng nhận {0} được cấp cho sản phẩm ngoài địa bàn đề cử: chỉ đề cử sản phẩm của địa " +
                "phương mình.",
                certificate.Number);
        if (_items.Any(i => ReferenceEquals(i.Certificate, certificate)
                || (certificate.Id != 0 && i.CertificateId == certificate.Id)))
            throw new DomainException("Sản phẩm có giấy chứng nhận {0} đã có trong hồ sơ đề cử.", certificate.Number);
        if (round.NominationQuota is { } quota && _items.Count >= quota)
            throw new DomainException(
                "Vòng bình chọn nhận tối đa {0} sản phẩm đề cử của mỗi địa phương: hồ sơ đã đủ {0} sản phẩm.", quota);
        var item = new NominationItem(certificate);
        _items.Add(item);
        return item;
    }

    public void Remove(int itemId)
    {
        EnsureEditable();
        var item = _items.FirstOrDefault(i => i.Id == itemId)
            ?? throw new DomainException("Sản phẩm này không có trong hồ sơ đề cử.");
        _items.Remove(item);
    }

    /// <summary>The Sở's (committee's) signed letter: number, date and the scanned file.</summary>
    public void SetLetter(string number, DateOnly date, string fileName, string storedName, string contentType,
        long sizeBytes)
    {
        EnsureEditable();
        LetterNumber = Guard.Required(number, "số công văn đề cử");
        LetterDate = date;
        LetterFileName = Guard.Required(fileName, "tệp công văn");
        LetterStoredName = storedName;
        LetterContentType = contentType;
        LetterSizeBytes = sizeBytes;
    }

    /// <summary>Sends (or resends) the package by the round's deadline: at least one product, the letter attached, the
    /// quota kept, every certificate still valid today.</summary>
    public void Submit(ProductRound round, string byUserId, DateOnly today)
    {
        CheckRound(round);
        if (!IsEditable) throw new WorkflowException("Hồ sơ đề cử đã gửi; chỉ gửi lại sau khi bị trả lại.");
        round.RequireStep(ProductAction.SendNomination, "Vòng bình chọn không còn nhận hồ sơ.");
        EnsureBeforeDeadline(round, today);
        if (_items.Count == 0) throw new DomainException("Hồ sơ đề cử chưa có sản phẩm nào.");
        if (LetterNumber is null || LetterStoredName is null)
            throw new DomainException("Hồ sơ đề cử phải kèm công văn đề cử có chữ ký (số, ngày và tệp công văn).");
        if (round.NominationQuota is { } quota && _items.Count > quota)
            throw new DomainException(
                "Hồ sơ đề cử có {0} sản phẩm, vượt số lượng {1} sản phẩm của mỗi địa phương.", _items.Count, quota);
        foreach (var item in _items) CheckCertificate(round, item.Certificate!, today);
        Status = NominationStatus.Submitted;
        SubmittedOn = today;
        SubmittedByUserId = byUserId;
        Submissions++;
    }

    /// <summary>The organiser sends the package back with the reason; the nominator corrects and resends it.</summary>
    public void Return(ProductRound round, string reason, DateOnly today)
    {
        CheckRound(round);
        if (Status == NominationStatus.Submitted)
            round.RequireStep(ProductAction.ReturnNomination,
                "Vòng bình chọn không còn nhận hồ sơ: hồ sơ đề cử trả lại không gửi lại được nữa.");
        Return(reason, today);
    }

    /// <summary>The return itself, the round's state aside (see the overload the organiser's step calls).</summary>
    public void Return(string reason, DateOnly today)
    {
        if (Status != NominationStatus.Submitted)
            throw new WorkflowException("Chỉ trả lại hồ sơ đề cử đã gửi và chưa được tiếp nhận.");
        ReturnReason = Guard.Required(reason, "lý do trả lại hồ sơ đề cử");
        ReturnedOn = today;
        Status = NominationStatus.Returned;
    }

    /// <summary>
    /// The organiser takes the package into the round: one entry per product, each with its certificate as the
    /// prerequisite, while the round is still open (after the deadline too: the packages came in time). Refused when
    /// a product already takes part. <paramref name="certificatesInRound"/> are the prerequisite certificates of the
    /// round's entries.
    /// </summary>
    public IReadOnlyList<ProductEntry> Accept(ProductRound round, IReadOnlyCollection<int> certificatesInRound,
        DateOnly today)
    {
        CheckRound(round);
        if (Status != NominationStatus.Submitted)
            throw new WorkflowException("Chỉ tiếp nhận hồ sơ đề cử đã gửi và chưa được tiếp nhận.");
        round.RequireStep(ProductAction.AcceptNomination, "Vòng bình chọn không còn nhận hồ sơ.");
        var duplicate = _items.FirstOrDefault(i => certificatesInRound.Contains(i.CertificateId));
        if (duplicate is not null)
            throw new DomainException(
                "Sản phẩm có giấy chứng nhận {0} đã tham gia vòng bình chọn này.", duplicate.Certificate!.Number);
        var entries = new List<ProductEntry>(_items.Count);
        foreach (var item in _items)
        {
            var entry = ProductEntry.Nominated(round, item.Certificate!, ProvinceUnitId, SubmittedByUserId ?? "",
                today);
            item.Accepted(entry);
            entries.Add(entry);
        }
        Status = NominationStatus.Accepted;
        AcceptedOn = today;
        return entries;
    }

    /// <summary>The certificate of the level just below the round, valid on <paramref name="today"/>.</summary>
    private static void CheckCertificate(ProductRound round, Certificate certificate, DateOnly today)
    {
        var required = round.Level - 1;
        if (certificate.Level != required)
            throw new DomainException(
                "Giấy chứng nhận {0} không phải giấy chứng nhận {1}.", certificate.Number, LevelTerm(required));
        if (!certificate.IsValidOn(today))
            throw new DomainException(
                "Giấy chứng nhận {0} đã hết hiệu lực từ {1}.",
                certificate.Number, MessageArguments.Date(certificate.ValidUntil));
    }

    private static MessageTerm LevelTerm(RoundLevel level) => new(level switch
    {
        RoundLevel.Local => "cấp xã",
        RoundLevel.Provincial => "cấp tỉnh",
        _ => "cấp khu vực",
    });

    private static void EnsureBeforeDeadline(ProductRound round, DateOnly today)
    {
        round.RequireStep(ProductAction.SendNomination, "Vòng bình chọn không còn nhận hồ sơ.");
        if (today > round.SubmissionCloses)
            throw new WorkflowException(
                "Đã quá hạn đề cử {0} của vòng bình chọn.", MessageArguments.Date(round.SubmissionCloses));
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
            throw new WorkflowException("Hồ sơ đề cử đã gửi hoặc đã được tiếp nhận: không sửa được.");
    }

    private void CheckRound(ProductRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Id != RoundId || (Round is not null && !ReferenceEquals(Round, round)))
            throw new InvalidOperationException("The package belongs to another round.");
    }
}
