using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Exports;
using KhuyenCong.Web.Features.ReferenceForms;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The official forms as .xlsx: a project's cost estimate (Mẫu 1) and the registration summary of the listed projects
/// (Mẫu 2).
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ProjectExportsController(AppDbContext db, IUserScopeProvider scopes, ExportJobQueue jobs,
    ProjectFilterResolver filters)
    : Controller
{
    /// <summary>Mẫu 1: the cost-estimate lines of one project, with totals.</summary>
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> CostEstimate(int id, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var project = await db.Projects.AsNoTracking().InScope(scope).Include(p => p.CostLines)
            .Include(p => p.ImplementingOrganisation).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return NotFound();
        var form = await this.OfficialFormAsync(OfficialFormKeys.CostEstimate);
        var table = new OfficialTable("Mẫu 1", "DỰ TOÁN KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG",
            [new("STT", 6, ExcelCellKind.Integer), new("Nội dung chi", 44),
                new("Tổng kinh phí", 16, ExcelCellKind.Million),
             new("Kinh phí khuyến công hỗ trợ", 18, ExcelCellKind.Million),
                 new("Cơ sở đóng góp", 16, ExcelCellKind.Million),
             new("Nguồn khác", 14, ExcelCellKind.Million), new("Ghi chú", 24)])
            .WithForm(form)
            .Subtitle($"Đề án: {project.Name} ({project.Code})")
            .Subtitle($"Đơn vị thực hiện: {Organisations.DatedOrganisationName.DisplayOn(
                project.ImplementingOrganisation!, ProjectDetailsQuery.RecordDate(project))}"
                + $" – nguồn {FundNames.Code(project.Fund)} năm {project.Year}");
        var lines = project.CostLines.OrderBy(l => l.Order).ToList();
        foreach (var l in lines)
            table.Row(l.Order, l.Item, l.Total.Millions, l.FundSupport.Millions, l.Contribution.Millions,
                l.OtherSources.Millions, l.Note);
        table.Total(null, "Tổng cộng", project.TotalCost.Millions, project.RequestedSupport.Millions,
            lines.Sum(l => l.Contribution.Millions), lines.Sum(l => l.OtherSources.Millions), null);
        return await this.OfficialExcelAsync($"mau-1-du-toan-{project.Code}.xlsx", table);
    }

    /// <summary>
    /// Mẫu 2: the listed projects grouped by activity content, with subtotals and a total, as filtered on the list
    /// (<see cref="RegistrationExport"/>); a list longer than the formatted workbook holds goes to a background job.
    /// </summary>
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Registration(int? year, string? fund, string? province, ProjectStatus? status,
        int? content, ProjectKind? kind, string? q, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var filter = await filters.ResolveAsync(scope, new ProjectFilter(year,
            FundNames.TryParse(fund, out var f) ? f : null, province, status, content, kind, q), ct);
        var filtered = ProjectListQuery.Filtered(db, scope, filter);
        var fileName = RegistrationExport.FileName(filter);
        var count = await filtered.CountAsync(ct);
        if (jobs.IsLong(count))
        {
            var id = await jobs.EnqueueAsync(
                RegistrationExport.KindName, User, Request.QueryString, fileName, count, ct);
            return RedirectToAction(nameof(ExportsController.Job), "Exports", new { id });
        }
        var table = RegistrationExport.Head(filter, await this.OfficialFormAsync(OfficialFormKeys.Registration));
        await foreach (var row in RegistrationExport.Rows(filtered,
                           await Organisations.DatedOrganisationName.RenamedOrganisationsAsync(db, ct), ct))
            table.Add(row);
        return await this.OfficialExcelAsync(fileName, table);
    }
}
