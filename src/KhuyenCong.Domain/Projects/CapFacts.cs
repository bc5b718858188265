namespace KhuyenCong.Domain.Projects;

/// <summary>What a support cap needs to know about a project: the counts its multiplier uses, its conditions.
/// </summary>
public sealed record CapFacts(
    int Beneficiaries,
    int DemonstrationModels,
    bool CompleteProductionLine = false,
    bool NewEnterpriseInDisadvantagedArea = false)
{
    /// <summary>How many times the rule's amount the project may receive (at least once).</summary>
    public int Units(CapMultiplier multiplier) => Math.Max(1, multiplier switch
    {
        CapMultiplier.PerEstablishment => Beneficiaries,
        CapMultiplier.PerDemonstrationModel => DemonstrationModels,
        _ => 1,
    });

    public bool Meets(CapCondition condition) => condition switch
    {
        CapCondition.CompleteProductionLine => CompleteProductionLine,
        CapCondition.NewEnterpriseInDisadvantagedArea => NewEnterpriseInDisadvantagedArea,
        _ => true,
    };
}
