using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using KhuyenCong.Data;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace KhuyenCong.Web.Features.Certificates;

/// <summary>
/// The public registry of certified products and the certificate check, open to anyone without signing in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
[Route("registry")]
public sealed class CertificatesController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(RoundLevel? level, int? year, int? groupId, int? provinceId, int page = 1,
        CancellationToken ct = default)
    {
        var query = db.Certificates.AsNoTracking();
        if (level is not null) query = query.Where(c => c.Level == level);
        if (year is not null) query = query.Where(c => c.Entry!.Round!.Year == year);
        if (groupId is not null) query = query.Where(c => c.Entry!.GroupId == groupId);
        if (provinceId is not null) query = query.Where(c => c.Entry!.ProvinceUnitId == provinceId);
        var list = await CertificateQueries.Project(query.OrderByDescending(c => c.IssueDate).ThenBy(c => c.Number))
            .ToPagedListAsync(page, ct: ct);
        var groups = await db.ProductGroups.AsNoTracking().OrderBy(g => g.SortOrder)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var provinces = await db.AdministrativeUnits.AsNoTracking()
            // A year's filter offers the provinces of that year's certificates: current ones from 2026.
            .Where(u => db.ProductEntries.Any(e => e.ProvinceUnitId == u.Id && e.Certificate != null
                && (year == null || e.Round!.Year == year)))
            .OrderBy(u => u.SearchKey).ThenBy(u => u.Id).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return View(new RegistryViewModel
        {
            Level = level, Year = year, GroupId = groupId, ProvinceId = provinceId, List = list,
            Today = VietnamTime.Today(clock),
            Groups = [.. groups.Select(g => (g.Id, g.Name))], Provinces = [.. provinces.Select(p => (p.Id, p.Name))],
        });
    }

    [HttpGet("check")]
    public async Task<IActionResult> Check(string? number, CancellationToken ct)
    {
        var normalised = CertificateQueries.Normalise(number);
        var row = normalised.Length == 0 ? null : await CertificateQueries.FindAsync(db, normalised, ct);
        return View(new CertificateCheckViewModel
        {
            Number = number, Certificate = row, Searched = normalised.Length > 0, Today = VietnamTime.Today(clock),
            Issuer = row is null ? null : await CertificateQueries.IssuerAsync(db, row.Number, ct),
        });
    }

    [HttpGet("certificates/{number}")]
    public async Task<IActionResult> Details(string number, CancellationToken ct)
    {
        var row = await CertificateQueries.FindAsync(db, number, ct);
        if (row is null) return NotFound();
        var url = Url.Action(nameof(Details), "Certificates", new { number = row.Number }, Request.Scheme,
            Request.Host.ToString())!;
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return View(new CertificateCheckViewModel
        {
            Number = row.Number, Certificate = row, Searched = true, Today = VietnamTime.Today(clock),
            Issuer = await CertificateQueries.IssuerAsync(db, row.Number, ct),
            QrCodeSvg = new SvgQRCode(data).GetGraphic(4), PublicUrl = url,
        });
    }
}
