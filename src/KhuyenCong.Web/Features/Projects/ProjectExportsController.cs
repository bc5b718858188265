using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>The official forms as .xlsx: a project's cost estimate (Mẫu 1) and the registration summary of the listed projects (Mẫu 2).</summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ProjectExportsController(AppDbContext db, IUserScopeProvider scopes) : Controller
{
    /// <summary>Mẫu 1: the cost-estimate lines of one project, with totals.</summary>
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> CostEstimate(int id, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var project = await db.Projects.AsNoTracking().InScope(scope).Include(p => p.CostLines)
            .Include(p => p.ImplementingOrganisation).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return NotFound();
        var table = new OfficialTable("Mẫu 1", "DỰ TOÁN KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG",
            [new("STT", 6, ExcelCellKind.Integer), new("Nội dung chi", 44), new("Tổng kinh phí", 16, ExcelCellKind.Million),
             new("Kinh phí khuyến công hỗ trợ", 18, ExcelCellKind.Million), new("Cơ sở đóng góp", 16, ExcelCellKind.Million),
             new("Nguồn khác", 14, ExcelCellKind.Million), new("Ghi chú", 24)])
            { FormNumber = OfficialForms.CostEstimate, Instrument = OfficialForms.ProjectInstrument }
            .Subtitle($"Đề án: {project.Name} ({project.Code})")
            .Subtitle($"Đơn vị thực hiện: {Organisations.DatedOrganisationName.DisplayOn(
                project.ImplementingOrganisation!, ProjectDetailsQuery.RecordDate(project))}"
                + $" – nguồn {FundNames.Code(project.Fund)} năm {project.Year}");
        var lines = project.CostLines.OrderBy(l => l.Order).ToList();
        foreach (var l in lines)
            table.Row(l.Order, l.Item, l.Total.Millions, l.FundSupport.Millions, l.Contribution.Millions, l.OtherSources.Millions, l.Note);
        table.Total(null, "Tổng cộng", project.TotalCost.Millions, project.RequestedSupport.Millions,
            lines.Sum(l => l.Contribution.Millions), lines.Sum(l => l.OtherSources.Millions), null);
        return await this.OfficialExcelAsync($"mau-1-du-toan-{project.Code}.xlsx", table);
    }

    /// <summary>Mẫu 2: the listed projects grouped by activity content, with subtotals and a total, as filtered on the list.</summary>
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Registration(int? year, string? fund, string? province, ProjectStatus? status, int? content,
        ProjectKind? kind, string? q, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var filter = new ProjectFilter(year, FundNames.TryParse(fund, out var f) ? f : null, province, status, content, kind, q);
        var rows = await ProjectListQuery.Filtered(db, scope, filter).AsNoTracking()
            .OrderBy(p => p.ActivityContent!.SortOrder).ThenBy(p => p.Code)
            .Select(p => new
            {
                Content = p.ActivityContent!.Name, p.Code, p.Name, Organisation = p.ImplementingOrganisation!.Name, Location = p.LocationUnit!.Name,
                Beneficiaries = p.Beneficiaries.Count(), p.Kind, p.Year, p.Fund, p.TotalCostDong, p.RequestedSupportDong, p.ApprovedSupportDong, p.Status,
            })
            .ToListAsync(ct);

        var table = new OfficialTable("Mẫu 2", "TỔNG HỢP ĐĂNG KÝ ĐỀ ÁN KHUYẾN CÔNG",
            [new("STT", 6, ExcelCellKind.Integer), new("Mã đề án", 20), new("Tên đề án", 44), new("Đơn vị thực hiện", 30), new("Địa điểm", 22),
             new("Số cơ sở thụ hưởng", 10, ExcelCellKind.Integer), new("Loại đề án", 14), new("Năm", 8, ExcelCellKind.Year), new("Nguồn", 8),
             new("Tổng kinh phí", 16, ExcelCellKind.Million), new("Đề nghị hỗ trợ", 16, ExcelCellKind.Million),
             new("Phê duyệt", 16, ExcelCellKind.Million), new("Trạng thái", 18)])
            {
                FormNumber = OfficialForms.Registration, Instrument = OfficialForms.ProjectInstrument,
                GroupHeader = "Nội dung hoạt động",
            }
            .Subtitle(filter.Year is { } y ? $"Năm {y}" : "Tất cả các năm");
        var n = 0;
        foreach (var group in rows.GroupBy(r => r.Content))
        {
            table.Group(group.Key);
            foreach (var r in group)
                table.Row(++n, r.Code, r.Name, r.Organisation, r.Location, r.Beneficiaries, ProjectNames.Kind(r.Kind), r.Year, FundNames.Code(r.Fund),
                    r.TotalCostDong / 1e6, r.RequestedSupportDong / 1e6, r.ApprovedSupportDong / 1e6, ProjectNames.Status(r.Status));
            table.Subtotal(null, null, $"Cộng: {group.Key}", null, null, group.Sum(r => r.Beneficiaries), null, null, null,
                group.Sum(r => r.TotalCostDong) / 1e6, group.Sum(r => r.RequestedSupportDong) / 1e6, group.Sum(r => r.ApprovedSupportDong ?? 0) / 1e6, null);
        }
        table.Total(null, null, "Tổng cộng", null, null, rows.Sum(r => r.Beneficiaries), null, null, null,
            rows.Sum(r => r.TotalCostDong) / 1e6, rows.Sum(r => r.RequestedSupportDong) / 1e6, rows.Sum(r => r.ApprovedSupportDong ?? 0) / 1e6, null);
        return await this.OfficialExcelAsync($"mau-2-dang-ky-de-an{(filter.Year is { } yy ? "-" + yy : "")}.xlsx", table);
    }
}
