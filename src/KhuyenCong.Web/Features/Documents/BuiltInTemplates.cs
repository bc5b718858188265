using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// The portal's own templates, built into the web assembly from <c>Features/Documents/Templates/*.docx</c>.
/// <see cref="Version"/> changes with them, so a generated file says which edition drafted it.
/// </summary>
public static class BuiltInTemplates
{
    public const string Version = "2026.1";

    public static string Label => "mặc định " + Version;

    public static byte[] Read(DocumentKind kind)
    {
        var name = $"DocumentTemplates.{DocumentCatalog.Of(kind).Slug}.docx";
        using var stream = typeof(BuiltInTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in template {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
