using Microsoft.VisualBasic.FileIO;

namespace KhuyenCong.Data.Seeding;

/// <summary>Reads the CSV files embedded in this assembly (quoted fields included) as header-keyed rows.</summary>
internal static class EmbeddedCsv
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string logicalName)
    {
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(logicalName)
                           ?? throw new InvalidOperationException($"Embedded resource {logicalName} is missing.");
        using var parser = new TextFieldParser(stream, System.Text.Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields();
            if (fields is null) continue;
            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++) row[header[i]] = i < fields.Length ? fields[i].Trim() : "";
            yield return row;
        }
    }
}
