using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>A step this user may not take on this project, with the rule (shown in the user's language).</summary>
public sealed record DutyRefusalRow(ProjectAction Action, DomainException Refusal);
