using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>The Sở's signed letter (công văn) sent with a package: its number and date, and the stored file.</summary>
public sealed record PackageLetter
{
    private PackageLetter() { }

    public PackageLetter(string number, DateOnly date, string fileName, string contentType, long size,
        string storedName)
    {
        Number = Guard.Required(number, "số công văn");
        Date = date;
        FileName = Guard.Required(fileName, "tệp công văn");
        ContentType = contentType;
        Size = size;
        StoredName = Guard.Required(storedName, "tệp công văn");
    }

    public string Number { get; private init; } = "";
    public DateOnly Date { get; private init; }
    public string FileName { get; private init; } = "";
    public string ContentType { get; private init; } = "";
    public long Size { get; private init; }
    public string StoredName { get; private init; } = "";
}
