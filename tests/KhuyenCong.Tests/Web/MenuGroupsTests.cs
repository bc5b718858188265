using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Tests.Web;

/// <summary>How the main menu's entries are arranged into drop-down menus (issue 15: one line at 1366 px).</summary>
public sealed class MenuGroupsTests
{
    [Fact]
    public void Arrange_RelatedAreas_ShareOneMenuWhereTheFirstOfThemWas()
    {
        var bar = MenuGroups.Arrange(["Home", "Dashboard", "Budget", "Projects", "Registration", "Reports",
            "ReportPeriods", "Notifications"], c => c);

        Assert.Equal(["Home", "Dashboard", "planning", "Projects", "reporting", "Notifications"],
            bar.Select(s => s.Group?.Id ?? s.Items[0]));
        Assert.Equal(["Budget", "Registration"], bar[2].Items);
        Assert.Equal(["Reports", "ReportPeriods"], bar[4].Items);
    }

    [Fact]
    public void Arrange_MenuWithOneEntryForThisUser_IsThatEntry()
    {
        var bar = MenuGroups.Arrange(["Home", "AppraisalCouncil", "Notifications"], c => c);

        Assert.All(bar, s => Assert.Null(s.Group));
        Assert.Equal(["Home", "AppraisalCouncil", "Notifications"], bar.Select(s => s.Items[0]));
    }

    [Fact]
    public void Arrange_AdministrationMenu_GoesLastBeforeTheNotifications()
    {
        var bar = MenuGroups.Arrange(["Home", "Organisations", "AdminUnits", "Projects", "Notifications"], c => c);

        Assert.Equal(["Home", "Projects", "administration", "Notifications"],
            bar.Select(s => s.Group?.Id ?? s.Items[0]));
    }
}
