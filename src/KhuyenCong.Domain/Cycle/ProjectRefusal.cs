using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>Why one project of a plan decision could not be approved or rejected.</summary>
public sealed record ProjectRefusal(int ProjectId, string ProjectCode, DomainException Reason);
