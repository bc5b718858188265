namespace KhuyenCong.Web.Infrastructure.Excel;

/// <summary>The text in force of one form: nulls when no entry covers the date (no line is printed).</summary>
public sealed record OfficialFormText(string? Number, string? Instrument)
{
    public static readonly OfficialFormText None = new(null, null);

    /// <summary>The line as printed: "Mẫu số 1 – ban hành kèm theo …", or the number alone.</summary>
    public string? Line => Number is null ? null : Instrument is null ? Number : $"{Number} – {Instrument}";
}
