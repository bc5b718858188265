namespace KhuyenCong.Web.Commands;

/// <summary>
/// <c>manifest.json</c> of a backup folder, written last: a folder without it is an unfinished backup. Restore checks
/// the copy against these counts before it replaces anything.
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTime CreatedAtUtc,
    string Database,
    IReadOnlyDictionary<string, long> Tables,
    int AttachmentFiles,
    long AttachmentBytes)
{
    public const string FileName = "manifest.json";
    public const string DatabaseFileName = "khuyencong.db";
    public const string AttachmentsFolder = "attachments";
}
