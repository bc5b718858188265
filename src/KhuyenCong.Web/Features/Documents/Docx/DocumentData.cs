namespace KhuyenCong.Web.Features.Documents.Docx;

/// <summary>
/// What fills a template: single values (<c>{{Name}}</c>), tables whose template row repeats per item
/// (<c>{{Lines.Item}}</c>), and PNG images put where their placeholder stands (<c>{{QrCode}}</c>).
/// </summary>
public sealed class DocumentData
{
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Tables { get; } =
        new(StringComparer.Ordinal);

    public Dictionary<string, byte[]> Images { get; } = new(StringComparer.Ordinal);

    public DocumentData Set(string name, string? value)
    {
        Fields[name] = value ?? "";
        return this;
    }

    public DocumentData Table(string name, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        Tables[name] = [.. rows];
        return this;
    }
}
