using Microsoft.AspNetCore.Authorization;

namespace KhuyenCong.Web.Authorization;

/// <summary>The <see cref="Policies.InScope"/> policy's requirement, met by <see cref="InScopeHandler"/>.</summary>
public sealed class InScopeRequirement : IAuthorizationRequirement;
