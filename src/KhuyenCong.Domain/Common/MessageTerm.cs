namespace KhuyenCong.Domain.Common;

/// <summary>
/// A refusal argument that is our own Vietnamese wording (a field name, a step, a status), not data: the web
/// translates it with the message, so an English reader is not left with "Required information is missing: tên
/// đề án." Reads as its text, so the Vietnamese message is unchanged.
/// </summary>
public sealed record MessageTerm(string Text)
{
    public override string ToString() => Text;
}
