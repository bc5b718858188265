namespace KhuyenCong.Web.Features.Exports;

/// <summary>"Exports" in configuration: when an export goes to the background and how the runner behaves.</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>Up to this many rows an export is answered at once (the formatted workbook); beyond, a job.</summary>
    public int DirectRowLimit { get; set; } = Infrastructure.Excel.StreamedOfficialWorkbook.FormattedRowLimit;

    /// <summary>How often an idle instance looks for waiting jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a job is held without a sign of life before another instance may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Finished jobs and their files are removed after this long.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(2);

    public int MaxAttempts { get; set; } = 3;
}
