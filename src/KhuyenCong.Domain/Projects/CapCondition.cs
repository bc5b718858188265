namespace KhuyenCong.Domain.Projects;

/// <summary>
/// When a rule applies beyond its fund and content: most rules always do; some only to projects that say so
/// (a complete production line gets 1.5 × the machinery cap; a new enterprise in a disadvantaged area its own cap).
/// A rule with a condition the project meets is preferred to the general rule of the same content.
/// </summary>
public enum CapCondition
{
    None = 0,
    CompleteProductionLine = 1,
    NewEnterpriseInDisadvantagedArea = 2,
}
