using System.Globalization;
using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Documents;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Features.Certificates;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Features.Documents.Docx;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using static KhuyenCong.Web.Features.Documents.DocumentFields;

namespace KhuyenCong.Web.Features.Documents;

/// <summary>
/// A product round's documents, drafted by its organiser (<see cref="ProductAccess.CanManage"/>): the recognition
/// decision with the list of recognised products, and each product's certificate with its QR code.
/// </summary>
public static class ProductDocumentData
{
    public static async Task<DraftResult> RecognitionAsync(AppDbContext db, int roundId, ClaimsPrincipal user,
        UnitScope scope, IReadOnlyCollection<int> organisationIds, DocumentData data, CancellationToken ct)
    {
        var round = await db.ProductRounds.AsNoTracking().Include(r => r.Members)
            .SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || !ProductAccess.CanSee(round, user, scope)) return DraftResult.NotFound;
        if (!ProductAccess.CanManage(round, user, organisationIds)) return DraftResult.Forbidden;
        if (round.Status < RoundStatus.Decided)
            return DraftResult.Conflict("Chỉ lập quyết định công nhận khi vòng bình chọn đã có kết quả công nhận.");
        var products = await db.ProductEntries.AsNoTracking().Where(e => e.RoundId == round.Id && e.Recognised)
            .Select(e => new
            {
                e.Name, Producer = e.Establishment!.Name, Province = e.ProvinceUnit!.Name, Group = e.Group!.Name,
                e.MeanScore, Certificate = e.Certificate == null ? null : e.Certificate.Number,
            })
            .ToListAsync(ct);
        var ordered = products.OrderByDescending(p => p.MeanScore).ThenBy(p => p.Name,
            VietnameseText.NameOrder).ToList();
        var level = RoundTitles.Level(round);
        data.Set("RoundTitle", $"{level} lần thứ {round.Ordinal} năm {round.Year}")
            .Set("RoundYear", Number(round.Year))
            .Set("RoundLevel", level.ToLower(CultureInfo.GetCultureInfo("vi-VN")))
            .Set("DecisionNumber", OrBlank(round.DecisionNumber))
            .Set("DecisionDate", OrBlank(Date(round.DecisionDate)))
            .Set("ProductCount", Number(ordered.Count))
            .Table("Products", ordered.Select((p, i) => Row(("No", Number(i + 1)), ("Product", p.Name),
                ("Producer", p.Producer), ("Province", p.Province), ("Group", p.Group),
                ("Score", p.MeanScore?.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"))),
                ("CertificateNumber", p.Certificate))));
        var stem = $"{DocumentCatalog.Of(DocumentKind.ProductRecognition).Slug}-{round.Year}-{round.Id}";
        return DraftResult.Found(new DocumentDraft(data, stem));
    }

    /// <param name="registryUrl">The certificate's public page, which its QR code opens.</param>
    public static async Task<DraftResult> CertificateAsync(AppDbContext db, int certificateId, ClaimsPrincipal user,
        UnitScope scope, IReadOnlyCollection<int> organisationIds, Func<string, string> registryUrl, DocumentData data,
        CancellationToken ct)
    {
        var certificate = await db.Certificates.AsNoTracking().Include(c => c.Entry)
            .SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        if (certificate?.Entry is not { } entry) return DraftResult.NotFound;
        var round = await db.ProductRounds.AsNoTracking().Include(r => r.Members)
            .SingleAsync(r => r.Id == entry.RoundId, ct);
        if (!ProductAccess.CanSee(entry, round, user, scope)) return DraftResult.NotFound;
        if (!ProductAccess.CanManage(round, user, organisationIds)) return DraftResult.Forbidden;
        var row = (await CertificateQueries.FindAsync(db, certificate.Number, ct))!;
        var producer = await db.Establishments.AsNoTracking().Where(e => e.Id == entry.EstablishmentId)
            .Select(e => new { e.Address, Unit = e.AddressUnit!.Name }).SingleAsync(ct);
        var url = registryUrl(certificate.Number);
        data.Set("CertificateNumber", certificate.Number)
            .Set("ProductName", row.Product)
            .Set("Producer", row.Producer)
            .Set("ProducerAddress",
                string.IsNullOrWhiteSpace(producer.Address) ? producer.Unit : $"{producer.Address}, {producer.Unit}")
            .Set("Province", row.Province)
            .Set("Group", row.Group)
            .Set("Level", CertificateQueries.LevelName(row).ToUpper(CultureInfo.GetCultureInfo("vi-VN")))
            .Set("RoundYear", Number(row.Year))
            .Set("IssueDate", Date(certificate.IssueDate))
            .Set("ValidUntil", Date(certificate.ValidUntil))
            .Set("RegistryUrl", url);
        using var generator = new QRCodeGenerator();
        using var qr = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        data.Images["QrCode"] = new PngByteQRCode(qr).GetGraphic(10);
        var stem = $"{DocumentCatalog.Of(DocumentKind.Certificate).Slug}-{certificate.Number}";
        return DraftResult.Found(new DocumentDraft(data, stem));
    }
}
