namespace KhuyenCong.Domain.Projects;

/// <summary>
/// What a cap's amount is counted per (DOMAIN §5): "300 million per establishment", "1,000 million per
/// demonstration model". Data on the rule, so a new kind of rule needs no new code path.
/// </summary>
public enum CapMultiplier
{
    /// <summary>× the project's beneficiaries (machinery, training of establishments).</summary>
    PerEstablishment = 0,

    /// <summary>× the project's demonstration models for the content, never its beneficiaries.</summary>
    PerDemonstrationModel = 1,

    /// <summary>Once for the whole project.</summary>
    PerProject = 2,
}
