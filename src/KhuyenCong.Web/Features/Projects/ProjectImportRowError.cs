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
/// <param name="Numbers">
/// Which arguments are quantities (an amount, a cell's number), kept in invariant form and written as the reader
/// writes numbers when shown: "1.234,5" in Vietnamese, "1,234.5" in English. Null in results stored before.
/// </param>
public sealed record ProjectImportRowError(int Row, int Column, string Key, IReadOnlyList<string> Arguments,
    IReadOnlyList<int>? Terms = null, IReadOnlyList<int>? Numbers = null)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Up to six decimals, as an amount in triệu đồng is read (<see cref="Vnd"/>).</summary>
    private const string NumberFormat = "#,##0.######";

    public static ProjectImportRowError Of(int row, int column, string key, params object[] arguments) =>
        Of(row, column, new DomainException(key, arguments));

    /// <summary>A domain refusal as this cell's error: quantities kept as numbers, other values as read.</summary>
    public static ProjectImportRowError Of(int row, int column, DomainException refusal) => new(row, column,
        refusal.MessageKey,
        refusal.Arguments.Select(Stored).ToList(),
        Indices(refusal.Arguments, a => a is MessageTerm),
        Indices(refusal.Arguments, a => Quantity(a) is not null));

    /// <summary>The template's header of the column ("" for the whole file).</summary>
    public string Header => Column >= 0 && Column < ProjectImporter.Columns.Length
        ? ProjectImporter.Columns[Column].Header : "";

    /// <summary>The column's letter in the sheet (A, B, …), the same in every language.</summary>
    public string Letter => Column is >= 0 and < 26 ? ((char)('A' + Column)).ToString() : "";

    /// <summary>The message in the current UI language, its numbers in the current culture's format.</summary>
    public string Message(IStringLocalizer localizer)
    {
        object?[] arguments = Arguments.Select((a, i) =>
                Terms?.Contains(i) == true ? new MessageTerm(a)
                : Numbers?.Contains(i) == true ? Shown(a)
                : (object)a)
            .ToArray();
        return DomainRefusalText.For(new DomainException(Key, arguments), localizer);
    }

    /// <summary>
    /// A quantity in invariant form: an amount in triệu đồng, or a number that is not a whole count (years, row and
    /// column numbers are <see cref="int"/>s and read the same in both languages, so they stay as they are).
    /// </summary>
    private static string? Quantity(object? argument) => argument switch
    {
        Vnd amount => amount.Millions.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string Stored(object? argument) => Quantity(argument) ?? Convert.ToString(argument, Vi) ?? "";

    private static List<int>? Indices(object?[] arguments, Func<object?, bool> which) =>
        arguments.Select((a, i) => (a, i)).Where(x => which(x.a)).Select(x => x.i).ToList()
            is { Count: > 0 } found ? found : null;

    private static string Shown(string invariant) =>
        decimal.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(NumberFormat, CultureInfo.CurrentCulture)
            : double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                ? x.ToString(NumberFormat, CultureInfo.CurrentCulture)
                : invariant;
}
