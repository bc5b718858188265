namespace KhuyenCong.Domain.Documents;

/// <summary>The official tables that carry a form number (<see cref="OfficialForm.Key"/>).</summary>
public static class OfficialFormKeys
{
    /// <summary>Mẫu 1: a project's cost estimate.</summary>
    public const string CostEstimate = "cost-estimate";

    /// <summary>Mẫu 2: the registration summary of projects.</summary>
    public const string Registration = "registration";

    public const string Implementation = "implementation";
    public const string Indicators = "indicators";
    public const string Allocation = "allocation";
    public const string Budget = "budget";

    public static readonly IReadOnlyList<string> All =
        [CostEstimate, Registration, Implementation, Indicators, Allocation, Budget];
}
