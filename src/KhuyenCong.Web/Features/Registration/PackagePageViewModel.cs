using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// A province's package in a round: what was sent (each sending, frozen), and the form to send or return.
/// </summary>
public sealed class PackagePageViewModel
{
    public required int RoundId { get; init; }
    public required int Year { get; init; }
    public required DateOnly Deadline { get; init; }
    public required bool RoundOpen { get; init; }
    public required DateOnly Today { get; init; }
    public required int ProvinceUnitId { get; init; }
    public required string Province { get; init; }
    public required Vnd Indicative { get; init; }
    public PackageStatus? Status { get; init; }
    public long Version { get; init; }

    /// <summary>Every sending, newest first.</summary>
    public IReadOnlyList<PackageSubmission> Submissions { get; init; } = [];

    public bool CanSubmit { get; init; }
    public bool CanReturn { get; init; }

    /// <summary>The province's base-appraised KCQG projects of the year, offered for the package.</summary>
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    public PackageFormModel Form { get; set; } = new();
    public ReturnFormModel ReturnForm { get; set; } = new();

    public int DaysLeft => Deadline.DayNumber - Today.DayNumber;

    /// <summary>A project the Sở may put in its package, as it stands now.</summary>
    public sealed record Candidate(int Id, string Code, string Name, string Content, ProjectKind Kind,
        Vnd Requested, Vnd Recommended, int? BaseScore);
}
