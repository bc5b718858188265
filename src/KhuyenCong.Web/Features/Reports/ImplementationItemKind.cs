namespace KhuyenCong.Web.Features.Reports;

/// <summary>What one <see cref="ImplementationItem"/> of the implementation report is, in print order.</summary>
public enum ImplementationItemKind
{
    /// <summary>A province's heading: its projects, fund subtotals and subtotal follow.</summary>
    Province,
    Project,
    /// <summary>The subtotal of a province's fund, after that fund's projects.</summary>
    FundTotal,
    ProvinceTotal,
    /// <summary>The national (or scope) total, last.</summary>
    Total,
}
