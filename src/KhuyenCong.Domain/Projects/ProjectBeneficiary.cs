namespace KhuyenCong.Domain.Projects;

/// <summary>A beneficiary establishment of a project.</summary>
public sealed class ProjectBeneficiary
{
    private ProjectBeneficiary() { }

    internal ProjectBeneficiary(int establishmentId) => EstablishmentId = establishmentId;

    public int ProjectId { get; private set; }
    public int EstablishmentId { get; private set; }
}
