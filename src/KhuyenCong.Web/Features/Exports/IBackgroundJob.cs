namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// One kind of background job (an export's writer, the project import): does the work for the user who asked, as
/// they are now, and ends it with <see cref="JobRun.FinishAsync"/> — inside its own transaction when the work
/// changes records, so that the changes and the job's end commit together (a job taken over after a crash then
/// finds its work either wholly done or not done at all).
/// </summary>
public interface IBackgroundJob
{
    bool Handles(string kind);

    /// <summary>Throws to fail the job (the runner marks it failed); returns once it finished it or lost it.</summary>
    Task RunAsync(JobRun run, CancellationToken ct);
}
