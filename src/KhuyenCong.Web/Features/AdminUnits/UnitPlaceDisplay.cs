using System.Globalization;
using KhuyenCong.Domain.Reform;

namespace KhuyenCong.Web.Features.AdminUnits;

/// <summary><see cref="UnitPlace"/> in the page's language: Vietnamese, or English in the English interface.</summary>
public static class UnitPlaceDisplay
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Display(this UnitPlace place) => place.Format(English);

    public static string DisplayShort(this UnitPlace place) => place.FormatShort(English);
}
