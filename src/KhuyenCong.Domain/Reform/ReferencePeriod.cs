using System.Linq.Expressions;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Domain.Reform;

/// <summary>
/// Which generation of units and which organisations a record may refer to (DOMAIN §10, "validity of
/// references"), the one place that answers it: a record dated on or after 01/07/2025, or of plan year 2026 on,
/// refers to current units and organisations active then; one dated before, or of plan year 2024 or earlier, to
/// legacy ones. Plan year 2025 straddles the reform and accepts both. A record keeps what it was entered with:
/// this is asked when a record is created or its references change, never of work in flight.
/// </summary>
public sealed record ReferencePeriod
{
    /// <summary>The plan year that straddles the reform.</summary>
    public const int TransitionYear = 2025;

    private ReferencePeriod(DateOnly from, DateOnly to, bool legacy, bool current, string label)
    {
        From = from;
        To = to;
        AllowsLegacy = legacy;
        AllowsCurrent = current;
        Label = label;
    }

    /// <summary>First and last day of the period: an organisation must be active on at least one of them.</summary>
    public DateOnly From { get; }

    public DateOnly To { get; }
    public bool AllowsLegacy { get; }
    public bool AllowsCurrent { get; }

    /// <summary>Both generations are allowed (plan year 2025): the record says which one it uses.</summary>
    public bool IsTransition => AllowsLegacy && AllowsCurrent;

    /// <summary>The year or the date, as refusals quote it ("2026", "05/02/2026").</summary>
    public string Label { get; }

    public static ReferencePeriod ForPlanYear(int year)
    {
        Budgets.BudgetRules.CheckYear(year);
        return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), legacy: year <= TransitionYear,
            current: year >= TransitionYear, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static ReferencePeriod ForDate(DateOnly date)
    {
        var legacy = date <= AdministrativeUnit.LegacyValidTo;
        return new(date, date, legacy, !legacy, MessageArguments.Date(date));
    }

    /// <summary>The generations a record of this period may use, for queries.</summary>
    public IReadOnlyList<UnitGeneration> Generations =>
        [.. new[] { UnitGeneration.Legacy, UnitGeneration.Current }.Where(Allows)];

    public bool Allows(UnitGeneration generation) =>
        generation == UnitGeneration.Legacy ? AllowsLegacy : AllowsCurrent;

    public bool Allows(AdministrativeUnit unit) => Allows(unit.Generation);

    /// <summary>
    /// Active at some time in the period, and (when it works for a unit) for a unit of an allowed generation: the
    /// People's Committee of an abolished district serves no record dated after the reform, even before an
    /// administrator records its end.
    /// </summary>
    public bool Allows(Organisation organisation, UnitGeneration? scopeGeneration) =>
        organisation.ValidFrom <= To && (organisation.ValidTo is null || organisation.ValidTo >= From)
        && (scopeGeneration is not { } generation || Allows(generation));

    /// <summary>
    /// The days on which a record may refer to the organisation: its activity, cut at the reform by the generation
    /// of its unit (the same answer as <see cref="ForDate"/> and <see cref="Allows(Organisation, UnitGeneration?)"/>,
    /// for pickers that follow a date as it is typed).
    /// </summary>
    public static (DateOnly From, DateOnly To) DatesServed(Organisation organisation, UnitGeneration? scopeGeneration)
    {
        var (from, to) = (organisation.ValidFrom, organisation.ValidTo ?? DateOnly.MaxValue);
        if (scopeGeneration == UnitGeneration.Legacy && to > AdministrativeUnit.LegacyValidTo)
            to = AdministrativeUnit.LegacyValidTo;
        if (scopeGeneration == UnitGeneration.Current && from < AdministrativeUnit.CurrentValidFrom)
            from = AdministrativeUnit.CurrentValidFrom;
        return (from, to);
    }

    /// <summary>Units of the period, for pickers and queries.</summary>
    public Expression<Func<AdministrativeUnit, bool>> UnitFilter()
    {
        var generations = Generations.ToList();
        return u => generations.Contains(u.Generation);
    }

    /// <summary>
    /// Organisations of the period (see <see cref="Allows(Organisation, UnitGeneration?)"/>), for pickers.
    /// </summary>
    public Expression<Func<Organisation, bool>> OrganisationFilter()
    {
        var (from, to) = (From, To);
        var generations = Generations.ToList();
        return o => o.ValidFrom <= to && (o.ValidTo == null || o.ValidTo >= from)
                    && (o.ScopeUnit == null || generations.Contains(o.ScopeUnit.Generation));
    }

    /// <summary>Refuses a unit of the wrong generation, naming what replaced it when the caller knows.</summary>
    /// <param name="replacedBy">The current unit(s) a legacy unit became part of, e.g. "Tỉnh Phú Thọ".</param>
    public void Require(AdministrativeUnit unit, string? replacedBy = null)
    {
        if (Allows(unit)) return;
        if (unit.Generation == UnitGeneration.Current)
            throw new DomainException(
                "{0} là đơn vị hành chính từ 01/07/2025: hồ sơ tại thời điểm {1} phải dùng đơn vị hành chính " +
                "trước 01/07/2025.",
                unit.Name, Label);
        if (string.IsNullOrWhiteSpace(replacedBy))
            throw new DomainException(
                "{0} là đơn vị hành chính trước 01/07/2025: hồ sơ tại thời điểm {1} phải dùng đơn vị hành chính " +
                "từ 01/07/2025.",
                unit.Name, Label);
        throw new DomainException(
            "{0} là đơn vị hành chính trước 01/07/2025, nay thuộc {1}: hồ sơ tại thời điểm {2} phải dùng " +
            "đơn vị hành chính từ 01/07/2025.",
            unit.Name, replacedBy, Label);
    }

    /// <summary>
    /// Refuses an organisation not active in the period, or working for a unit of the wrong generation.
    /// </summary>
    /// <param name="scopeUnit">The unit it works for, if any (loaded).</param>
    /// <param name="replacedBy">Its successor organisation(s), when known.</param>
    public void Require(Organisation organisation, AdministrativeUnit? scopeUnit, string? replacedBy = null)
    {
        if (Allows(organisation, scopeUnit?.Generation)) return;
        var successor = string.IsNullOrWhiteSpace(replacedBy) ? null : replacedBy;
        if (organisation.ValidFrom > To)
            throw new DomainException(
                "{0} bắt đầu hoạt động từ {1}: hồ sơ tại thời điểm {2} phải dùng đơn vị đang hoạt động khi đó.",
                organisation.Name, MessageArguments.Date(organisation.ValidFrom), Label);
        if (organisation.ValidTo is { } ended && ended < From)
            throw successor is null
                ? new DomainException(
                    "{0} đã ngừng hoạt động từ {1}: hồ sơ tại thời điểm {2} phải dùng đơn vị đang hoạt động.",
                    organisation.Name, MessageArguments.Date(ended), Label)
                : new DomainException(
                    "{0} đã ngừng hoạt động từ {1}, đơn vị kế thừa: {2}. Hồ sơ tại thời điểm {3} phải dùng " +
                    "đơn vị đang hoạt động.",
                    organisation.Name, MessageArguments.Date(ended), successor, Label);
        if (scopeUnit!.Generation == UnitGeneration.Current)
            throw new DomainException(
                "{0} phụ trách {1}, đơn vị hành chính từ 01/07/2025: hồ sơ tại thời điểm {2} phải dùng " +
                "đơn vị của địa bàn trước 01/07/2025.",
                organisation.Name, scopeUnit.Name, Label);
        throw successor is null
            ? new DomainException(
                "{0} phụ trách {1}, đơn vị hành chính trước 01/07/2025: hồ sơ tại thời điểm {2} phải dùng " +
                "đơn vị của địa bàn từ 01/07/2025.",
                organisation.Name, scopeUnit.Name, Label)
            : new DomainException(
                "{0} phụ trách {1}, đơn vị hành chính trước 01/07/2025 (đơn vị kế thừa: {2}): " +
                "hồ sơ tại thời điểm {3} phải dùng đơn vị của địa bàn từ 01/07/2025.",
                organisation.Name, scopeUnit.Name, successor, Label);
    }
}
