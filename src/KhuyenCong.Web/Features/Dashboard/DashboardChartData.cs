using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Dashboard;

/// <summary>
/// The figures the charts draw, serialised into the page's JSON block (the CSP allows no inline script):
/// amounts in triệu đồng, the same numbers as the tables beside the charts.
/// </summary>
public static class DashboardChartData
{
    public static object From(DashboardResult r, Func<string, string> localize) => new
    {
        trend = new
        {
            labels = r.Trend.Select(t => t.Year).Distinct(),
            kcqg = r.Trend.Where(t => t.Fund == Fund.Kcqg).Select(t => t.Allocated.Millions),
            kcdp = r.Trend.Where(t => t.Fund == Fund.Kcdp).Select(t => t.Allocated.Millions),
        },
        provinces = new
        {
            labels = r.Provinces.Select(p => p.Code is null ? localize(p.Name) : p.Name),
            kcqg = r.Provinces.Select(p => p.AllocatedKcqg.Millions),
            kcdp = r.Provinces.Select(p => p.AllocatedKcdp.Millions),
        },
        contents = new { labels = r.Contents.Select(c => c.Content), approved =
            r.Contents.Select(c => c.Approved.Millions), disbursed = r.Contents.Select(c => c.Disbursed.Millions) },
        statuses = new { labels = r.Statuses.Select(s => localize(ProjectNames.Status(s.Status))), counts =
            r.Statuses.Select(s => s.Count) },
        products = new { labels = r.Products.Select(p => p.Group), entries = r.Products.Select(p => p.Entries),
            certified = r.Products.Select(p => p.Certified) },
        names = new
        {
            kcqg = "KCQG", kcdp = "KCĐP", approved = localize("Đã phê duyệt"), disbursed = localize("Đã giải ngân"),
            projects = localize("Số đề án"), entries = localize("Sản phẩm dự thi"), certified =
                localize("Được chứng nhận"),
        },
    };
}
