using KhuyenCong.Data.Exports;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>An import job as its pages show it: the file, how far it is, and once done what it imported.</summary>
public sealed record ProjectImportJobView(long Id, string FileName, ExportJobState State, int Done, int Total,
    DateTime CreatedAtUtc, string? Error, string? ResultJson)
{
    public bool Finished => JobProgress.Finished(State);

    public int Percent => JobProgress.Percent(State, Done, Total);

    public ProjectImportResult? Result => ProjectImportResult.FromJson(ResultJson);

    /// <summary>The state's name on the page (the Vietnamese text is the resource key).</summary>
    public string StateName => State switch
    {
        ExportJobState.Queued => "Đang chờ",
        ExportJobState.Running => "Đang nhập",
        ExportJobState.Done => "Đã xong",
        _ => "Không thành công",
    };
}
