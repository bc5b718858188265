using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace KhuyenCong.Web.Infrastructure;

/// <summary>
/// A notice for the next page whose text is a resource key with {0}-style arguments, so that it is shown in
/// the user's language (the _Notice partial formats it through the localizer).
/// </summary>
public static class NoticeExtensions
{
    public const string ArgumentsKey = "NoticeArgs";

    public static void Notice(this ITempDataDictionary tempData, string format, params object[] arguments)
    {
        tempData["Notice"] = format;
        tempData[ArgumentsKey] = arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")
            .ToArray();
    }
}
