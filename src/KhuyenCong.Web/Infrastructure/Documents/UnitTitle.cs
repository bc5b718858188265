namespace KhuyenCong.Web.Infrastructure.Documents;

/// <summary>
/// A unit's name inside a title or sentence of an administrative document: the kind word is written in lower case
/// after an agency's name ("Ủy ban nhân dân tỉnh Phú Thọ", "Sở Công Thương thành phố Hà Nội"), while the statistics
/// office's lists capitalise it as the start of the name ("Tỉnh Phú Thọ", "Thành phố Hà Nội"). The kind comes from the
/// unit's own type ("tỉnh", "thành phố trung ương", "xã", "đặc khu"), never from a list of names.
/// </summary>
public static class UnitTitle
{
    public static string InSentence(string name, string type)
    {
        var words = type.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The type may say more than the name shows ("thành phố trung ương" for "Thành phố Hà Nội"): the longest
        // leading part of the type that the name starts with is the kind word.
        for (var count = words.Length; count > 0; count--)
        {
            var kind = string.Join(' ', words.Take(count));
            if (name.Length > kind.Length && name[kind.Length] == ' '
                && name.StartsWith(kind, StringComparison.OrdinalIgnoreCase))
                return kind.ToLowerInvariant() + name[kind.Length..];
        }
        return name;
    }
}
