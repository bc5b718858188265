using System.Globalization;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Features.Documents.Docx;
using KhuyenCong.Web.Infrastructure.Documents;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>How values read in a document: triệu đồng in vi-VN, dates dd/MM/yyyy, and the letterhead fields.</summary>
public static class DocumentFields
{
    public static string Money(long dong) => Vnd.FormatMillions(dong);

    public static string Money(long? dong) => dong is { } d ? Vnd.FormatMillions(d) : "";

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A blank to fill by hand where the record has no value yet ("……").</summary>
    public static string OrBlank(string? value) => string.IsNullOrWhiteSpace(value) ? "……………" : value;

    public static DocumentData Start(Letterhead letterhead, DateOnly today) => new DocumentData()
        .Set("SuperiorAgency", letterhead.SuperiorAgency)
        .Set("IssuingAgency", letterhead.IssuingAgency)
        .Set("Place", letterhead.Place)
        .Set("PreparerTitle", letterhead.PreparerTitle)
        .Set("HeadTitle", letterhead.HeadTitle)
        .Set("SignerName", letterhead.SignerName ?? "")
        .Set("Today", Date(today))
        .Set("Year", Number(today.Year));

    public static IReadOnlyDictionary<string, string> Row(params (string Name, string? Value)[] cells) =>
        cells.ToDictionary(c => c.Name, c => c.Value ?? "", StringComparer.Ordinal);
}
