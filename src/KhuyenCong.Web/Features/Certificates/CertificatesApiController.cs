using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using KhuyenCong.Data;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KhuyenCong.Web.Features.Certificates;

/// <summary>Public certificate check for other systems (e.g. a retailer verifying a label): no sign-in.</summary>
[ApiController]
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
[Route("api/v1/certificates")]
[Produces("application/json")]
public sealed class CertificatesApiController(AppDbContext db, TimeProvider clock) : ControllerBase
{
    public sealed record CertificateDto(string Number, string Product, string Producer, string Province, string Level,
        int Year, DateOnly IssueDate, DateOnly ValidUntil, string Status);

    [HttpGet("{number}")]
    public async Task<ActionResult<CertificateDto>> Get(string number, CancellationToken ct)
    {
        var row = await CertificateQueries.FindAsync(db, number, ct);
        if (row is null) return NotFound();
        var status = CertificateQueries.IsValidOn(row, VietnamTime.Today(clock)) ? "valid" : "expired";
        return new CertificateDto(row.Number, row.Product, row.Producer, row.Province, row.Level.ToString(), row.Year,
            row.IssueDate, row.ValidUntil, status);
    }
}
