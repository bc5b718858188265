using KhuyenCong.Data;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// The signed letter of one sending of a province's package, as an attachment (never inline), for whoever may see
/// the package; outside the user's area → 404. The URL is the one the package page always linked.
/// </summary>
[Authorize(Policy = Policies.RegistrationReaders)]
public sealed class RegistrationLettersController(AppDbContext db, IUserScopeProvider scopes,
    AttachmentStorage storage) : Controller
{
    [HttpGet("/Registration/Letters/{submissionId:int}")]
    public async Task<IActionResult> Letter(int submissionId, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var package = await db.RegistrationPackages.AsNoTracking().InScope(scope).Include(p => p.Submissions)
            .SingleOrDefaultAsync(p => p.Submissions.Any(s => s.Id == submissionId), ct);
        if (package is null) return NotFound();
        var found = package.Submissions.Single(s => s.Id == submissionId).Letter;
        var path = storage.PathOf(found.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, found.ContentType, found.FileName);
    }
}
