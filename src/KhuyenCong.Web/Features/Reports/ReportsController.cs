using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using KhuyenCong.Web.Features.Exports;
using KhuyenCong.Web.Features.Budget;
using KhuyenCong.Web.Features.Boundaries;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Infrastructure.Excel;
using KhuyenCong.Web.Features.ReferenceForms;
using KhuyenCong.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Reports;

/// <summary>
/// The 6-month and annual implementation report and the indicator summary, for the user's scope: a choice
/// page, a print-friendly HTML view and an .xlsx file of each. Read-only: GET only.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ReportsController(ReportRequests requests, ReportQuery reports, ExportJobQueue jobs) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(
        int? year, ReportPeriod period = ReportPeriod.Year, string? boundaries = null, CancellationToken ct = default)
    {
        var context = await ResolveAsync(year, period, boundaries, ct);
        return context.Refusal ?? View(context.Filter);
    }

    [HttpGet]
    public async Task<IActionResult> Implementation(
        int? year, ReportPeriod period = ReportPeriod.Year, string? boundaries = null, CancellationToken ct = default)
    {
        var context = await ResolveAsync(year, period, boundaries, ct);
        if (context.Refusal is not null) return context.Refusal;
        var report = await reports.ImplementationAsync(
            context.Scope!, context.Filter!, context.ScopeName, context.Map!, ct);
        ViewData[PrintSignature] = await this.OfficialSignatureAsync();
        ViewData[PrintForm] = (await this.OfficialFormAsync(OfficialFormKeys.Implementation)).Line;
        return View(report);
    }

    [HttpGet]
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> ImplementationExcel(
        int? year, ReportPeriod period = ReportPeriod.Year, string? boundaries = null, CancellationToken ct = default)
    {
        var context = await ResolveAsync(year, period, boundaries, ct);
        if (context.Refusal is not null) return context.Refusal;
        var fileName = $"bao-cao-thuc-hien-{FileSuffix(context.Filter!)}.xlsx";
        // A report longer than the formatted workbook holds is made in the background (issue 16).
        var count = await reports.CountAsync(context.Scope!, context.Filter!, ct);
        if (jobs.IsLong(count))
        {
            var id = await jobs.EnqueueAsync(
                ImplementationReportExport.KindName, User, Request.QueryString, fileName, count, ct);
            return RedirectToAction(nameof(ExportsController.Job), "Exports", new { id });
        }
        var report = await reports.ImplementationAsync(
            context.Scope!, context.Filter!, context.ScopeName, context.Map!, ct);
        return await this.OfficialExcelAsync(fileName, ReportExcel.Implementation(report)
            .WithForm(await this.OfficialFormAsync(OfficialFormKeys.Implementation)));
    }

    [HttpGet]
    public async Task<IActionResult> Indicators(int? year, ReportPeriod period = ReportPeriod.Year,
        CancellationToken ct = default)
    {
        var context = await ResolveAsync(year, period, null, ct);
        if (context.Refusal is not null) return context.Refusal;
        ViewData[PrintSignature] = await this.OfficialSignatureAsync();
        ViewData[PrintForm] = (await this.OfficialFormAsync(OfficialFormKeys.Indicators)).Line;
        return View(await reports.IndicatorsAsync(User, context.Scope!, context.Filter!, context.ScopeName, ct));
    }

    [HttpGet]
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> IndicatorsExcel(int? year, ReportPeriod period = ReportPeriod.Year,
        CancellationToken ct = default)
    {
        var context = await ResolveAsync(year, period, null, ct);
        if (context.Refusal is not null) return context.Refusal;
        var report = await reports.IndicatorsAsync(User, context.Scope!, context.Filter!, context.ScopeName, ct);
        return await this.OfficialExcelAsync($"tong-hop-chi-tieu-{FileSuffix(context.Filter!)}.xlsx",
            ReportExcel.Indicators(report).WithForm(await this.OfficialFormAsync(OfficialFormKeys.Indicators)));
    }

    /// <summary>The print views' letterhead and signatures (<see cref="OfficialSignature"/>).</summary>
    public const string PrintSignature = "OfficialSignature";

    /// <summary>The print views' form line in force today (<see cref="ReferenceForms.OfficialFormCatalog"/>).</summary>
    public const string PrintForm = "OfficialForm";

    private static string FileSuffix(ReportFilter filter) => filter.Period == ReportPeriod.FirstHalf
        ? $"6-thang-{filter.Year}" : $"nam-{filter.Year}";

    private sealed record Context(
        ReportFilter? Filter, Domain.AdministrativeUnits.UnitScope? Scope, string ScopeName, IActionResult? Refusal,
        ProvinceMap? Map = null);

    /// <summary>The year (latest plan year by default) and the view (current from 2025, else recorded).</summary>
    private async Task<Context> ResolveAsync(int? year, ReportPeriod period, string? boundaries, CancellationToken ct)
    {
        if (!Enum.IsDefined(period)) return new(null, null, "", BadRequest());
        var request = await requests.ResolveAsync(User, year, period, boundaries, ct);
        if (request.Filter is null) return new(null, null, "", BoundaryResults.Refused(this, request.Resolution));
        return new(request.Filter, request.Scope, request.ScopeName, null, request.Map);
    }
}
