namespace KhuyenCong.Web.Infrastructure.Input;

/// <summary>
/// The years a date in the portal may fall in (<c>Validation:MinYear</c>, <c>Validation:MaxYear</c>; 2000–2100 by
/// default). Outside it a date is a typing slip (0001-01-01, 9999-12-31) that would be stored or overflow a
/// time-zone shift, so every form, filter and import refuses it with the same message.
/// </summary>
public sealed record DateWindow(int MinYear, int MaxYear)
{
    public static DateWindow From(IConfiguration configuration) =>
        new(configuration.GetValue("Validation:MinYear", 2000), configuration.GetValue("Validation:MaxYear", 2100));

    public bool Contains(int year) => year >= MinYear && year <= MaxYear;
}
