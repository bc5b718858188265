using KhuyenCong.Domain.Cycle;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// A round on the list: its dates, how many provinces have a package with the ministry, the user's own.
/// </summary>
public sealed record RoundListRow(int Id, int Year, DateOnly OpenedOn, DateOnly Deadline,
    RegistrationRoundStatus Status, int Provinces, int Submitted)
{
    /// <summary>The user's province package (status, or null when not sent yet), for a province user.</summary>
    public PackageStatus? OwnStatus { get; init; }
}
