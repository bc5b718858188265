namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// A record's draft, or why there is none: 404 outside scope, 403 not the record's keeper, 409 not yet.
/// </summary>
public sealed record DraftResult(DocumentDraft? Draft, int Status, string? Reason = null)
{
    public static DraftResult Found(DocumentDraft draft) => new(draft, StatusCodes.Status200OK);

    public static readonly DraftResult NotFound = new(null, StatusCodes.Status404NotFound);

    public static readonly DraftResult Forbidden = new(null, StatusCodes.Status403Forbidden);

    public static DraftResult Conflict(string reason) => new(null, StatusCodes.Status409Conflict, reason);
}
