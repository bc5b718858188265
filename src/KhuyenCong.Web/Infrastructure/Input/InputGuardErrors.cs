namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// What the input guards refused in this request: the messages (shown on GET pages, whose filter forms have
/// no validation summary) and whether a field carried forbidden characters (which makes the answer a 400).
/// </summary>
public sealed class InputGuardErrors
{
    private const string Key = "KhuyenCong.InputGuardErrors";

    public List<string> Messages { get; } = [];

    public bool ForbiddenCharacters { get; set; }

    public static InputGuardErrors? Of(HttpContext context) => context.Items[Key] as InputGuardErrors;

    public static InputGuardErrors For(HttpContext context)
    {
        if (context.Items[Key] is not InputGuardErrors errors) context.Items[Key] = errors = new InputGuardErrors();
        return errors;
    }
}
