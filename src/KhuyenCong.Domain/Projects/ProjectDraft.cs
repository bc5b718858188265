using KhuyenCong.Domain.Budgets;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// The fields of a proposal an officer fills in (DOMAIN §5), validated together by <see cref="Project"/>.
/// </summary>
public sealed record ProjectDraft(
    string Name,
    ProjectKind Kind,
    Fund Fund,
    int Year,
    int ActivityContentId,
    int ImplementingOrganisationId,
    int LocationUnitId,
    string LocationProvinceCode,
    string? Objectives,
    string? ExpectedResults,
    ProjectIndicators Indicators,
    DateOnly? StartDate,
    DateOnly? EndDate);

/// <summary>Expected results as the indicators the reports add up.</summary>
public sealed record ProjectIndicators(int EstablishmentsSupported, int WorkersTrained, int Machines,
    int DemonstrationModels, int Jobs)
{
    public static ProjectIndicators None { get; } = new(0, 0, 0, 0, 0);
}
