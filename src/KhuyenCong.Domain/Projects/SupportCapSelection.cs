namespace KhuyenCong.Domain.Projects;

/// <summary>
/// Which cap governs a project on a day (DOMAIN §5, §10): the rules in force on that day (for an approval, the
/// date of the approval decision: Decree 235/2025/NĐ-CP keeps the old rules for projects approved before
/// 15/10/2025), whose condition the project meets; the province's own rule before the national one, and a rule
/// for the project's condition (a complete line) before the general rule of the content.
/// </summary>
public static class SupportCapSelection
{
    /// <param name="candidates">The rules of the project's fund and content, national or of its province.</param>
    public static SupportCap? Pick(IEnumerable<SupportCap> candidates, CapFacts facts, DateOnly day) =>
        candidates.Where(c => c.AppliesOn(day) && facts.Meets(c.Condition))
            .OrderBy(c => c.ProvinceUnitId is null ? 1 : 0)
            .ThenBy(c => c.Condition == CapCondition.None ? 1 : 0)
            .ThenByDescending(c => c.ValidFrom)
            .FirstOrDefault();
}
