using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Exports;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The project import as a background job: reads the upload kept in the shared storage with the rights of the user
/// who sent it, as they are now, and ends the job with the import's result — in the import's own transaction when
/// rows are saved (<see cref="ProjectImporter.ImportAsync"/>), so a re-run after a crash never imports twice.
/// </summary>
public sealed class ProjectImportJob(ProjectImporter importer, AttachmentStorage storage,
    ILogger<ProjectImportJob> logger) : IBackgroundJob
{
    public const string KindName = "project-import";

    public bool Handles(string kind) => kind == KindName;

    public async Task RunAsync(JobRun run, CancellationToken ct)
    {
        ProjectImportResult? result;
        if (!Policies.Allows(run.User, Policies.DepartmentOfficer))
        {
            // The role was taken away after the upload: the form's own rule, checked again when the rows are saved.
            result = ProjectImportResult.Refused(ProjectImportRowError.Of(0, -1, ProjectImportMessages.NotAllowed));
        }
        else
        {
            await using var file = new FileStream(storage.PathOf(run.Job.InputName!), FileMode.Open, FileAccess.Read,
                FileShare.Read, 81920, FileOptions.Asynchronous);
            result = await importer.ImportAsync(run.User, file, (done, total) =>
            {
                run.Total(Math.Max(1, total));
                run.Progress(done);
            }, (saved, finishCt) => run.FinishAsync(new JobOutcome(Result: saved.ToJson()), finishCt), ct);
            if (result is null)
            {
                // Another instance took the job over while this one read it: its import is the one that counts.
                logger.LogWarning("Import job {JobId}: lease lost, nothing saved", run.Job.Id);
                return;
            }
            logger.LogInformation("Import job {JobId}: {Saved} projects saved, {Errors} errors", run.Job.Id,
                result.Imported.Count, result.Errors.Count);
        }
        // Saved rows ended the job inside their transaction; a refused file ends it here, with nothing saved.
        if (result.Errors.Count > 0) await run.FinishAsync(new JobOutcome(Result: result.ToJson()), ct);
    }
}
