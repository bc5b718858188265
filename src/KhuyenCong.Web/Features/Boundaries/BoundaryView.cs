namespace KhuyenCong.Web.Features.Boundaries;

/// <summary>
/// "As recorded" keeps each record's own province; "by current boundaries" counts legacy provinces (and the districts
/// and communes in them) under their successors (DOMAIN §2, §10). The dashboard, the reports and the budget summary API
/// all take this one choice; <see cref="BoundaryViews"/> parses it and gives its default for a year.
/// </summary>
public enum BoundaryView
{
    Recorded = 0,
    Current = 1,
}
