using System.Security.Claims;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// Who a background job runs for, within the job's scope: the audit log and the records' "created by" name the
/// user who asked (<see cref="Infrastructure.HttpCurrentUser"/> reads it when there is no request), not "system".
/// </summary>
public sealed class BackgroundJobUser
{
    public ClaimsPrincipal? User { get; set; }
}
