using System.Globalization;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// One error of an import: the sheet's row (0 for the whole file), the template's column (-1 for none), and the
/// message as a Vietnamese key with its arguments, kept with the job and said in the reader's language when shown.
/// </summary>
/// <param name="Terms">Which arguments are our own wording (translated too), as <see cref="MessageTerm"/> was.</param>
public sealed record ProjectImportRowError(int Row, int Column, string Key, IReadOnlyList<string> Arguments,
    IReadOnlyList<int>? Terms = null)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static ProjectImportRowError Of(int row, int column, string key, params object[] arguments) =>
        Of(row, column, new DomainException(key, arguments));

    /// <summary>A domain refusal as this cell's error: values as the Vietnamese message reads them.</summary>
    public static ProjectImportRowError Of(int row, int column, DomainException refusal) => new(row, column,
        refusal.MessageKey,
        refusal.Arguments.Select(a => Convert.ToString(a, Vi) ?? "").ToList(),
        refusal.Arguments.Select((a, i) => (a, i)).Where(x => x.a is MessageTerm).Select(x => x.i).ToList()
            is { Count: > 0 } terms ? terms : null);

    /// <summary>The template's header of the column ("" for the whole file).</summary>
    public string Header => Column >= 0 && Column < ProjectImporter.Columns.Length
        ? ProjectImporter.Columns[Column].Header : "";

    /// <summary>The column's letter in the sheet (A, B, …), the same in every language.</summary>
    public string Letter => Column is >= 0 and < 26 ? ((char)('A' + Column)).ToString() : "";

    public string Message(IStringLocalizer localizer)
    {
        object?[] arguments = Arguments.Select((a, i) => Terms?.Contains(i) == true ? new MessageTerm(a) : (object)a)
            .ToArray();
        return DomainRefusalText.For(new DomainException(Key, arguments), localizer);
    }
}
