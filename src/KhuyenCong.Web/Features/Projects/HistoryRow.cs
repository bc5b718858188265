using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Projects;

public sealed record HistoryRow(ProjectAction Action, ProjectStatus From, ProjectStatus To, string By, DateTime AtUtc,
    string? Comment, string? DecisionNumber, DateOnly? DecisionDate, long? AmountDong, int? Score)
{
    /// <summary>The actor's organisation as named that day, and the ended one it acted for (DOMAIN §10).</summary>
    public string? Organisation { get; init; }
    public string? OnBehalfOf { get; init; }
}
