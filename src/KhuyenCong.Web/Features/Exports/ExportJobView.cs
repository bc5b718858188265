using KhuyenCong.Data.Exports;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>A job as its page shows it.</summary>
public sealed record ExportJobView(long Id, string FileName, ExportJobState State, int Percent,
    DateTime CreatedAtUtc, DateTime? FinishedAtUtc, long? Size, string? Error)
{
    public bool Finished => JobProgress.Finished(State);

    public static ExportJobView Of(ExportJob j) => new(j.Id, j.FileName, j.State,
        JobProgress.Percent(j.State, j.Progress, j.Total), j.CreatedAtUtc, j.FinishedAtUtc, j.Size, j.Error);

    /// <summary>The state's name on the page (the Vietnamese text is the resource key).</summary>
    public string StateName => State switch
    {
        ExportJobState.Queued => "Đang chờ",
        ExportJobState.Running => "Đang lập tệp",
        ExportJobState.Done => "Đã xong",
        _ => "Không thành công",
    };
}
