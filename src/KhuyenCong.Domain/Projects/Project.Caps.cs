using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>
/// What a project says about itself for the support caps (DOMAIN §5): whether its machinery is a complete
/// production line, whether it helps found a new enterprise in a disadvantaged area. Kept apart from the
/// proposal fields so the caps' rules read in one place.
/// </summary>
public partial class Project
{
    public bool IsCompleteProductionLine { get; private set; }
    public bool IsNewEnterpriseInDisadvantagedArea { get; private set; }

    /// <summary>The counts and conditions the caps use: beneficiaries, demonstration models, conditions.</summary>
    public CapFacts CapFacts => new(_beneficiaries.Count, DemonstrationModels, IsCompleteProductionLine,
        IsNewEnterpriseInDisadvantagedArea);

    /// <summary>Set with the proposal, so only while a draft; later the approved amount depends on them.</summary>
    public void SetCapConditions(bool completeProductionLine, bool newEnterpriseInDisadvantagedArea)
    {
        if (Status != ProjectStatus.Draft)
            throw new WorkflowException("Chỉ thay đổi được điều kiện áp dụng mức hỗ trợ khi đề án còn là bản nháp.");
        IsCompleteProductionLine = completeProductionLine;
        IsNewEnterpriseInDisadvantagedArea = newEnterpriseInDisadvantagedArea;
    }
}
