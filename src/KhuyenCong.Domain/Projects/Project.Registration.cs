using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Projects;

/// <summary>The registration round's own step on a project (DOMAIN §11): a returned province package.</summary>
public partial class Project
{
    /// <summary>
    /// Registered → Base-appraised when the ministry returns the province's package: unlike a return for revision
    /// (to Draft), the base appraisal stands and the Sở resends the project in its corrected package.
    /// </summary>
    public void ReturnRegistration(Actor by, DateTime nowUtc, string? reason)
    {
        RequireStatus(ProjectAction.RegistrationReturned, ProjectStatus.Registered);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Hãy ghi lý do trả lại hồ sơ đăng ký để Sở Công Thương hoàn thiện.");
        Move(ProjectAction.RegistrationReturned, ProjectStatus.BaseAppraised, by, nowUtc, reason);
    }
}
