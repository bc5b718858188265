using KhuyenCong.Data;
using KhuyenCong.Domain.Products;
using Microsoft.EntityFrameworkCore;

using KhuyenCong.Web.Features.Organisations;

namespace KhuyenCong.Web.Features.Certificates;

/// <summary>
/// The public projection of certificates: what anyone may read about a certified product, nothing more.
/// </summary>
public static class CertificateQueries
{
    /// <summary>Filter before projecting: EF cannot filter on a record built by its constructor.</summary>
    public static IQueryable<CertificateRow> Project(IQueryable<Certificate> certificates) =>
        certificates.Select(c => new CertificateRow(c.Number, c.Entry!.Name, c.Entry.Establishment!.Name,
            c.Entry.Group!.Name, c.Entry.ProvinceUnit!.Name, c.Level, c.Entry.Round!.Year, c.IssueDate, c.ValidUntil,
            c.Entry.Round.SubmissionOpens));

    /// <summary>
    /// Who issued it: the round's organiser by the name in force on the round's decision (else the issue date).
    /// </summary>
    public static async Task<string> IssuerAsync(AppDbContext db, string number, CancellationToken ct)
    {
        var found = await db.Certificates.AsNoTracking().Where(c => c.Number == number)
            .Select(c => new { c.Entry!.Round!.OrganiserId, c.Entry.Round.DecisionDate, c.IssueDate }).SingleAsync(ct);
        return await db.OrganisationNameOnAsync(found.OrganiserId, found.DecisionDate ?? found.IssueDate, ct);
    }

    public static Task<CertificateRow?> FindAsync(AppDbContext db, string? number, CancellationToken ct)
    {
        var normalised = Normalise(number);
        return Project(db.Certificates.AsNoTracking().Where(c => c.Number == normalised)).SingleOrDefaultAsync(ct);
    }

    public static string Normalise(string? number) => (number ?? "").Trim().ToUpperInvariant();

    public static bool IsValidOn(CertificateRow row, DateOnly date) => row.IssueDate <= date && date <= row.ValidUntil;

    /// <summary>The level as named under the rules of its round: "Cấp xã" under Circular 38/2025 (rounds of 2026 on,
    /// and 2025 rounds opened from 01/07/2025), "Cấp huyện/xã" before (see <see cref="Circular38.Applies"/>).</summary>
    public static string LevelName(CertificateRow row) =>
        ProductRounds.RoundTitles.Level(row.Level, Circular38.Applies(row.Year, row.RoundOpens));

    public static string LevelFilter(RoundLevel level) => ProductRounds.RoundTitles.LevelFilter(level);
}
