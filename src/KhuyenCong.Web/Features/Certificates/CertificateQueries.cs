using KhuyenCong.Data;
using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.Certificates;

/// <summary>The public projection of certificates: what anyone may read about a certified product, nothing more.</summary>
public static class CertificateQueries
{
    public static IQueryable<CertificateRow> Rows(AppDbContext db) =>
        db.Certificates.Select(c => new CertificateRow(c.Number, c.Entry!.Name, c.Entry.Establishment!.Name, c.Entry.Group!.Name,
            c.Entry.ProvinceUnit!.Name, c.Level, c.Entry.Round!.Year, c.IssueDate, c.ValidUntil));

    public static string Normalise(string? number) => (number ?? "").Trim().ToUpperInvariant();

    public static bool IsValidOn(CertificateRow row, DateOnly date) => row.IssueDate <= date && date <= row.ValidUntil;

    public static string LevelName(RoundLevel level) => ProductRounds.RoundTitles.Level(level);
}
