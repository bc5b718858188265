using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// One kind of document: its file name stem, Vietnamese title (the resource key for English), paper orientation,
/// the placeholders its data offers (a template may use any of them and no other) and those a template must use.
/// </summary>
public sealed record DocumentKindInfo(
    DocumentKind Kind,
    string Slug,
    string Title,
    bool Landscape,
    IReadOnlyList<string> Fields,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Tables,
    IReadOnlyList<string> Images,
    IReadOnlyList<string> Required)
{
    /// <summary>Every name a template of this kind may write between <c>{{ }}</c>.</summary>
    public IEnumerable<string> AllNames() =>
        Fields.Concat(Images).Concat(Tables.SelectMany(t => t.Value.Select(c => t.Key + "." + c)));
}
