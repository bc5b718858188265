using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Organisations;

/// <summary>
/// An organisation that users belong to. Names change over time (the ministry's department was renamed
/// several times), so they are data with validity dates, never constants.
/// </summary>
public class Organisation : AuditableEntity, IScopedRecord
{
    private readonly List<OrganisationName> _formerNames = [];
    private readonly List<OrganisationSuccession> _successors = [];

    private Organisation() { }

    public Organisation(string name, OrganisationKind kind, AdministrativeUnit? scopeUnit, DateOnly validFrom)
    {
        Rename(name);
        Kind = kind;
        SetScope(kind, scopeUnit);
        ValidFrom = validFrom;
    }

    /// <summary>Today's name: what lists show and what <see cref="SearchKey"/> follows.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The names it went by before its renamings, oldest first.</summary>
    public IReadOnlyList<OrganisationName> FormerNames => _formerNames;

    /// <summary>The organisations that carry on its work once it has ended (none while it is active).</summary>
    public IReadOnlyList<OrganisationSuccession> Successors => _successors;

    /// <summary>
    /// The name without diacritics, lower case: the list order and search that SQLite and SQL Server agree on.
    /// </summary>
    public string SearchKey { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }

    /// <summary>The unit the organisation works for; null for ministry organisations (whole country).</summary>
    public int? ScopeUnitId { get; private set; }

    public AdministrativeUnit? ScopeUnit { get; private set; }
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day of activity; set when the organisation is closed.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool HasNationwideScope => IsNationwide(Kind);

    /// <summary>Stored letterhead values (issue 14); null where the derived default applies.</summary>
    public string? LetterheadSuperiorAgency { get; private set; }
    public string? LetterheadIssuingAgency { get; private set; }
    public string? LetterheadPlace { get; private set; }
    public string? LetterheadPreparerTitle { get; private set; }
    public string? LetterheadHeadTitle { get; private set; }
    public string? LetterheadHeadName { get; private set; }

    public LetterheadSettings Letterhead => new(LetterheadSuperiorAgency, LetterheadIssuingAgency, LetterheadPlace,
        LetterheadPreparerTitle, LetterheadHeadTitle, LetterheadHeadName);

    /// <summary>Sets what the organisation prints; blank values go back to the derived defaults.</summary>
    public void SetLetterhead(LetterheadSettings values)
    {
        LetterheadSuperiorAgency = Optional(values.SuperiorAgency);
        LetterheadIssuingAgency = Optional(values.IssuingAgency);
        LetterheadPlace = Optional(values.Place);
        LetterheadPreparerTitle = Optional(values.PreparerTitle);
        LetterheadHeadTitle = Optional(values.HeadTitle);
        LetterheadHeadName = Optional(values.HeadName);
    }

    private static string? Optional(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length > LetterheadSettings.MaxLength)
            throw new DomainException("Mỗi dòng của tiêu đề văn bản dài tối đa {0} ký tự.",
                LetterheadSettings.MaxLength);
        return text;
    }

    public static bool IsNationwide(OrganisationKind kind) =>
        kind is OrganisationKind.Ministry or OrganisationKind.MinistryServiceUnit;

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>Ended by <paramref name="today"/>: its users read their old scope and change nothing.</summary>
    public bool HasEndedBy(DateOnly today) => ValidTo is { } to && to < today;

    /// <summary>The name in force on <paramref name="date"/> (today's for dates after the last renaming).</summary>
    public string NameOn(DateOnly date) => NameOn(Name, _formerNames, date);

    /// <summary>The same for a projection that read the names without the entity.</summary>
    public static string NameOn(string name, IEnumerable<OrganisationName> formerNames, DateOnly date) =>
        formerNames.OrderBy(n => n.ValidTo).FirstOrDefault(n => date <= n.ValidTo)?.Name ?? name;

    /// <summary>
    /// A renaming that takes effect on <paramref name="effectiveFrom"/> (a decree): the name so far becomes history.
    /// A correction of a misspelt name goes through <see cref="Update"/> instead and keeps no history.
    /// </summary>
    public void RenameFrom(string newName, DateOnly effectiveFrom)
    {
        var name = Guard.Required(newName, nameof(newName));
        if (name == Name) throw new DomainException("Tên mới trùng với tên hiện tại.");
        var earliest = (_formerNames.Count == 0 ? ValidFrom : _formerNames.Max(n => n.ValidTo)).AddDays(1);
        if (effectiveFrom < earliest)
            throw new DomainException("Ngày đổi tên phải từ {0} trở về sau.", MessageArguments.Date(earliest));
        if (ValidTo is { } to && effectiveFrom > to)
            throw new DomainException("Đơn vị đã ngừng hoạt động từ {0}, không đổi tên sau ngày đó được.",
                MessageArguments.Date(to.AddDays(1)));
        _formerNames.Add(new OrganisationName(Name, effectiveFrom.AddDays(-1)));
        Rename(name);
    }

    public void Update(string name, OrganisationKind kind, AdministrativeUnit? scopeUnit, DateOnly validFrom)
    {
        if (ValidTo is { } to && validFrom > to)
            throw new DomainException("Ngày bắt đầu hoạt động không được sau ngày ngừng hoạt động.");
        Rename(name);
        Kind = kind;
        SetScope(kind, scopeUnit);
        ValidFrom = validFrom;
    }

    private void Rename(string name)
    {
        Name = Guard.Required(name, nameof(name));
        SearchKey = VietnameseText.SearchKey(Name);
    }

    public void Close(DateOnly lastDay) => End(lastDay, [], null);

    /// <summary>
    /// Ends the organisation after <paramref name="lastDay"/> and names, in the same step, who carries on its work
    /// from the next day (none when it is simply dissolved). Its users keep reading; see DOMAIN §10.
    /// </summary>
    public void End(DateOnly lastDay, IReadOnlyCollection<Organisation> successors, string? note)
    {
        if (ValidTo is not null) throw new DomainException("Đơn vị này đã ngừng hoạt động.");
        if (lastDay < ValidFrom)
            throw new DomainException("Ngày ngừng hoạt động phải từ {0} trở về sau.", MessageArguments.Date(ValidFrom));
        var firstDay = lastDay.AddDays(1);
        foreach (var successor in successors)
        {
            if (ReferenceEquals(successor, this) || (successor.Id != 0 && successor.Id == Id))
                throw new DomainException("Đơn vị không thể kế thừa chính nó.");
            if (!successor.IsActiveOn(firstDay))
                throw new DomainException("{0} không hoạt động vào ngày {1} nên không kế thừa được.",
                    successor.Name, MessageArguments.Date(firstDay));
        }
        ValidTo = lastDay;
        foreach (var successor in successors.Distinct())
            _successors.Add(new OrganisationSuccession(this, successor, firstDay, note));
    }

    /// <summary>Undoes an ending recorded by mistake, with its successor links.</summary>
    public void Reopen()
    {
        if (ValidTo is null) throw new DomainException("Đơn vị này đang hoạt động.");
        ValidTo = null;
        _successors.Clear();
    }

    private void SetScope(OrganisationKind kind, AdministrativeUnit? unit)
    {
        if (IsNationwide(kind))
        {
            ScopeUnit = null;
            ScopeUnitId = null;
            return;
        }

        if (unit is null) throw new DomainException("Đơn vị cấp tỉnh, huyện, xã phải có địa bàn phụ trách.");
        var expected = kind switch
        {
            OrganisationKind.ProvincialDepartment or OrganisationKind.ProvincialExtensionCentre => UnitLevel.Province,
            OrganisationKind.DistrictCommittee => UnitLevel.District,
            _ => UnitLevel.Commune,
        };
        if (unit.Level != expected)
            throw expected switch
            {
                UnitLevel.Province => new DomainException(
                    "Sở Công Thương và Trung tâm Khuyến công phải phụ trách một tỉnh/thành phố."),
                UnitLevel.District => new DomainException(
                    "UBND cấp huyện phải phụ trách một huyện (đơn vị trước 01/07/2025)."),
                _ => new DomainException("UBND cấp xã phải phụ trách một xã/phường."),
            };
        ScopeUnit = unit;
        ScopeUnitId = unit.Id;
    }
}
