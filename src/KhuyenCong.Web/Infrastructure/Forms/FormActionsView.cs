namespace KhuyenCong.Web.Infrastructure.Forms;

/// <summary>
/// The buttons of a long form (issue 15): the save button's text, already in the user's language, and where
/// "Hủy" goes back to. Rendered by <c>Views/Shared/_FormActions.cshtml</c>.
/// </summary>
public sealed record FormActionsView(string SaveText, string? CancelUrl);
