using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// Product nominations in the demo (issue 13): Phú Thọ's Sở Công Thương has sent its package to the 2026 northern
/// regional round — two products certified in Hòa Bình's 2025 provincial round (Hòa Bình is part of Phú Thọ since
/// 01/07/2025), with its letter — so the ministry sees one package to accept and the other northern provinces
/// listed as not nominated. The letter's file is not part of the demo: only its record is.
/// </summary>
internal static class ProductNominationDemoSeeder
{
    public const string LetterNumber = "1875/SCT-QLCN";

    public static async Task SeedAsync(AppDbContext db, SeedContext context, ProductRound northern,
        IReadOnlyList<Certificate> hoaBinhCertificates, Organisation phuThoDepartment, CancellationToken ct)
    {
        var phuTho = context.Province(UnitGeneration.Current, "25");
        var officerId = await db.Users.Where(u => u.Email == DemoAccounts.PhuThoDepartment).Select(u => u.Id)
            .SingleAsync(ct);
        var ownUnits = await db.UnitSuccessions.Where(s => s.SuccessorId == phuTho.Id).Select(s => s.PredecessorId)
            .ToListAsync(ct);
        ownUnits.Add(phuTho.Id);
        var prepared = new DateOnly(2026, 10, 15);
        var package = new ProductNomination(northern, phuThoDepartment, phuTho, prepared);
        foreach (var certificate in hoaBinhCertificates.Take(2)) package.Add(northern, certificate, ownUnits, prepared);
        package.SetLetter(LetterNumber, new(2026, 10, 20), "1875-SCT-de-cu-san-pham.pdf",
            "demo-1875-sct-de-cu.pdf", "application/pdf", 0);
        package.Submit(northern, officerId, new(2026, 10, 20));
        db.ProductNominations.Add(package);
    }
}
