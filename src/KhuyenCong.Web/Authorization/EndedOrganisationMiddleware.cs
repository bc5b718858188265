using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Authorization;

/// <summary>
/// The one check that a user of an ended organisation changes nothing: every POST, PUT, PATCH and DELETE, page or
/// API, answers 403 with a message that names the successor(s), before any policy or action runs. Exempt are the
/// account's own endpoints (<see cref="AllowWhenOrganisationEndedAttribute"/>). Reads go on under the user's old
/// scope. The message travels to the status page (and the API's problem details) in <see cref="MessageItem"/>.
/// </summary>
public sealed class EndedOrganisationMiddleware(RequestDelegate next)
{
    public const string MessageItem = "kc:refusal_message";

    private const string WithSuccessors = "{0} đã ngừng hoạt động từ {1}; đơn vị kế thừa: {2}.";
    private const string WithoutSuccessor =
        "{0} đã ngừng hoạt động từ {1}; tài khoản chỉ được xem hồ sơ. Liên hệ quản trị hệ thống để chuyển đơn vị.";

    public async Task InvokeAsync(HttpContext context, IUserScopeProvider scopes, AppDbContext db,
        IStringLocalizer<SharedResource> localizer)
    {
        if (!context.User.HasClaim(c => c.Type == AppClaims.OrganisationEnded) || IsRead(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<AllowWhenOrganisationEndedAttribute>() is not null)
        {
            await next(context);
            return;
        }

        var organisation = (await scopes.GetOrganisationAsync(context.User, context.RequestAborted))!;
        var successors = await db.OrganisationSuccessions.AsNoTracking()
            .Where(s => s.PredecessorId == organisation.Id)
            // The normalised key, not the name: SQLite and SQL Server order Vietnamese names differently.
            .OrderBy(s => s.Successor.SearchKey).ThenBy(s => s.SuccessorId)
            .Select(s => s.Successor.Name).ToListAsync(context.RequestAborted);
        var since = MessageArguments.Date(organisation.ValidTo!.Value.AddDays(1));
        context.Items[MessageItem] = successors.Count == 0
            ? localizer[WithoutSuccessor, organisation.Name, since].Value
            : localizer[WithSuccessors, organisation.Name, since, string.Join(", ", successors)].Value;
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }

    private static bool IsRead(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
        || HttpMethods.IsTrace(method);
}
