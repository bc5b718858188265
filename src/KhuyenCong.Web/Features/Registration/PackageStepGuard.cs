using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// <see cref="PackageSteps"/> with the database's answer to "is there a round for the project's year": used by the
/// project's step POST (409) and by its page (no form, the reason and the package's link instead), one rule.
/// </summary>
public sealed class PackageStepGuard(AppDbContext db)
{
    public async Task<WorkflowException?> RefusalAsync(Project project, ProjectAction action, CancellationToken ct) =>
        PackageSteps.IsPackageStep(project, action)
            ? PackageSteps.Refusal(project, action,
                await db.RegistrationRounds.AnyAsync(r => r.Year == project.Year, ct))
            : null;

    /// <summary>
    /// The page of the province package the project was last sent in, or the round of its year when it is in no
    /// package yet; null in a year without a round.
    /// </summary>
    public async Task<string?> PackageLinkAsync(Project project, CancellationToken ct)
    {
        var sent = await db.Set<PackageRow>().AsNoTracking().Where(r => r.ProjectId == project.Id)
            .OrderByDescending(r => r.SubmissionId)
            .Join(db.Set<PackageSubmission>(), r => r.SubmissionId, s => s.Id, (r, s) => s.PackageId)
            .Join(db.RegistrationPackages, id => id, p => p.Id, (id, p) => new { p.RoundId, p.ProvinceUnitId })
            .FirstOrDefaultAsync(ct);
        if (sent is not null) return $"/Registration/{sent.RoundId}/Packages/{sent.ProvinceUnitId}";
        var round = await db.RegistrationRounds.AsNoTracking().Where(r => r.Year == project.Year)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        return round is { } id ? $"/Registration/Details/{id}" : null;
    }
}
