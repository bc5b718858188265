using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// The ministry's consolidation of a round (DOMAIN §11 step 3): every province's package against its indicative
/// figure, who has not sent, totals by activity content, and the duplicate-funding warnings across packages. Built
/// from the frozen lists the provinces sent, never from the projects as they are now.
/// </summary>
public sealed class ConsolidationViewModel
{
    public required int RoundId { get; init; }
    public required int Year { get; init; }
    public required DateOnly OpenedOn { get; init; }
    public required DateOnly Deadline { get; init; }
    public required RegistrationRoundStatus Status { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public string? Note { get; init; }
    public required long Version { get; init; }
    public required DateOnly Today { get; init; }
    public bool CanManage { get; init; }
    public required IReadOnlyList<ProvinceLine> Provinces { get; init; }
    public required IReadOnlyList<ContentTotal> Contents { get; init; }
    public required IReadOnlyList<DuplicateWarning> Duplicates { get; init; }

    public IEnumerable<ProvinceLine> Sent => Provinces.Where(p => p.Status == PackageStatus.Submitted);
    public IEnumerable<ProvinceLine> NotSent => Provinces.Where(p => p.Status != PackageStatus.Submitted);
    public Vnd IndicativeTotal => Vnd.Sum(Provinces.Select(p => p.Indicative));
    public Vnd RequestedTotal => Vnd.Sum(Sent.Select(p => p.Requested));
    public Vnd RecommendedTotal => Vnd.Sum(Sent.Select(p => p.Recommended));
    public int DaysLeft => Deadline.DayNumber - Today.DayNumber;

    /// <summary>
    /// A province of the round. Amounts are those of the package with the ministry; a returned package counts as
    /// not sent until it comes back.
    /// </summary>
    public sealed record ProvinceLine(int ProvinceUnitId, string Name, Vnd Indicative, PackageStatus? Status,
        bool Late, DateOnly? SubmittedOn, int Projects, Vnd Requested, Vnd Recommended)
    {
        /// <summary>
        /// Recommended support over (+) or under (−) the indicative figure, for a package with the ministry.
        /// </summary>
        public Vnd? Difference => Status == PackageStatus.Submitted ? Recommended - Indicative : null;
    }

    public sealed record ContentTotal(string Content, int Projects, Vnd Requested, Vnd Recommended);

    /// <summary>
    /// One establishment (by record or by tax code) among the beneficiaries of several listed projects.
    /// </summary>
    public sealed record DuplicateWarning(string Establishment, string? TaxCode, bool AcrossProvinces,
        IReadOnlyList<ListedProject> Projects);

    public sealed record ListedProject(string Code, string Name, string Province);
}
