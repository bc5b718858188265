using System.Globalization;
using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Infrastructure.Documents;

/// <summary>
/// Derives the letterhead from the organisation: ministry units sit under "BỘ CÔNG THƯƠNG" in Hà Nội, local ones
/// under the People's Committee of their province (the province of their own scope generation) and write the
/// province's name as the place. Values an administrator stored on the organisation win over the derived ones.
/// </summary>
public sealed class LetterheadSource(AppDbContext db) : ILetterheadSource
{
    public const string DefaultPreparerTitle = "NGƯỜI LẬP BIỂU";
    public const string DefaultHeadTitle = "THỦ TRƯỞNG ĐƠN VỊ";
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public Task<Letterhead> ForUserAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var claim = user.FindFirstValue(AppClaims.OrganisationId)
            ?? throw new InvalidOperationException("The user has no organisation claim.");
        return ForOrganisationAsync(int.Parse(claim, CultureInfo.InvariantCulture), ct);
    }

    public async Task<Letterhead> ForOrganisationAsync(int organisationId, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new
            {
                o.Name,
                o.Kind,
                Stored = new LetterheadSettings(o.LetterheadSuperiorAgency, o.LetterheadIssuingAgency,
                    o.LetterheadPlace,
                    o.LetterheadPreparerTitle, o.LetterheadHeadTitle, o.LetterheadHeadName),
                Province = o.ScopeUnit == null ? null : new { o.ScopeUnit.ProvinceCode, o.ScopeUnit.Generation },
            })
            .SingleAsync(ct);
        if (Organisation.IsNationwide(organisation.Kind) || organisation.Province is null)
        {
            var superior = organisation.Kind == OrganisationKind.Ministry && organisation.Name == "Bộ Công Thương"
                ? ""
                : "BỘ CÔNG THƯƠNG";
            return Apply(organisation.Stored, new Letterhead(superior, Upper(organisation.Name), "Hà Nội",
                DefaultPreparerTitle, DefaultHeadTitle, null));
        }
        var province = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province
                && u.ProvinceCode == organisation.Province.ProvinceCode
                && u.Generation == organisation.Province.Generation)
            .Select(u => new { u.Name })
            .FirstAsync(ct);
        var place = Place(province.Name);
        return Apply(organisation.Stored,
            new Letterhead("UBND " + Upper(province.Name), Upper(organisation.Name), place,
            DefaultPreparerTitle, DefaultHeadTitle, null));
    }

    /// <summary>The stored values over the derived ones, each on its own.</summary>
    public static Letterhead Apply(LetterheadSettings stored, Letterhead derived) => new(
        stored.SuperiorAgency ?? derived.SuperiorAgency,
        stored.IssuingAgency ?? derived.IssuingAgency,
        stored.Place ?? derived.Place,
        stored.PreparerTitle ?? derived.PreparerTitle,
        stored.HeadTitle ?? derived.HeadTitle,
        stored.HeadName ?? derived.SignerName);

    /// <summary>
    /// "Tỉnh Phú Thọ" → "Phú Thọ", "Thành phố Hà Nội" → "Hà Nội" (the lists write the type in either case).
    /// </summary>
    private static string Place(string provinceName)
    {
        foreach (var prefix in new[] { "Tỉnh ", "Thành phố " })
        {
            if (provinceName.StartsWith(prefix,
                StringComparison.OrdinalIgnoreCase)) return provinceName[prefix.Length..];
        }
        return provinceName;
    }

    private static string Upper(string text) => text.ToUpper(Vietnamese);
}
