using System.Text.Json;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// What an import did: the rows saved, or — when any row is wrong — nothing saved and every error by row and column.
/// Kept with the job as JSON.
/// </summary>
public sealed record ProjectImportResult(IReadOnlyList<ProjectImportRow> Imported,
    IReadOnlyList<ProjectImportRowError> Errors)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static ProjectImportResult Refused(params ProjectImportRowError[] errors) => new([], errors);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ProjectImportResult? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ProjectImportResult>(json, Json);
}
