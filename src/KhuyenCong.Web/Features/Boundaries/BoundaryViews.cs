using KhuyenCong.Domain.AdministrativeUnits;

namespace KhuyenCong.Web.Features.Boundaries;

/// <summary>
/// The one place that reads a boundary view from a query string and decides its default: from plan year 2025 on
/// the figures are read by today's 34 provinces (2025 straddles the reform, and its users already think in the new
/// provinces); before, as recorded. Both views stay available for every year.
/// </summary>
public static class BoundaryViews
{
    /// <summary>The first plan year whose figures default to current boundaries.</summary>
    public const int CurrentByDefaultFrom = 2025;

    public const string RecordedName = "recorded";
    public const string CurrentName = "current";

    public static BoundaryView Default(int year) =>
        year >= CurrentByDefaultFrom ? BoundaryView.Current : BoundaryView.Recorded;

    /// <summary>
    /// "recorded" or "current" (any case); empty means the year's default. Numbers and other names are refused, so a
    /// typo never silently falls back to a view the caller did not ask for.
    /// </summary>
    public static bool TryParse(string? value, int year, out BoundaryView view)
    {
        view = Default(year);
        if (string.IsNullOrWhiteSpace(value)) return true;
        switch (value.Trim().ToLowerInvariant())
        {
            case RecordedName:
                view = BoundaryView.Recorded;
                return true;
            case CurrentName:
                view = BoundaryView.Current;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The query-string and JSON name of a view.</summary>
    public static string Name(BoundaryView view) => view == BoundaryView.Current ? CurrentName : RecordedName;

    /// <summary>The label the screens show (a resource key).</summary>
    public static string Label(BoundaryView view) =>
        view == BoundaryView.Current ? "Theo địa giới hiện nay" : "Theo địa giới khi ghi nhận";

    /// <summary>
    /// Which generation of provinces a view of a year is drawn in: the current one for the current view and for
    /// years after the reform (their records are on current units), the legacy 63 for earlier years as recorded.
    /// </summary>
    public static UnitGeneration Generation(BoundaryView view, int year) =>
        view == BoundaryView.Current || year > CurrentByDefaultFrom ? UnitGeneration.Current : UnitGeneration.Legacy;

    /// <summary>The refusal of a bad value (a resource key with the value as its placeholder).</summary>
    public const string BadValueMessage =
        "Địa giới \"{0}\" không hợp lệ: dùng boundaries=recorded (theo địa giới khi ghi nhận) " +
        "hoặc boundaries=current (theo địa giới hiện nay).";
}
