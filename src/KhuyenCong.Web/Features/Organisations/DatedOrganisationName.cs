using System.Globalization;
using KhuyenCong.Data;
using KhuyenCong.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Organisations;

/// <summary>
/// A record shows an organisation by the name in force on the record's date, and today's name beside it when the
/// organisation has been renamed since (DOMAIN §10): "Cục Công Thương địa phương (nay là Cục Đổi mới sáng tạo,
/// Chuyển đổi xanh và Khuyến công)". Lists show today's name and do not use this.
/// </summary>
public static class DatedOrganisationName
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The name of that day, with today's in brackets when it differs, in the page's language.</summary>
    public static string Format(string nameThen, string nameToday) =>
        nameThen == nameToday ? nameToday
        : English ? $"{nameThen} (now {nameToday})" : $"{nameThen} (nay là {nameToday})";

    public static string DisplayOn(this Organisation organisation, DateOnly date) =>
        Format(organisation.NameOn(date), organisation.Name);

    /// <summary>
    /// The organisations of a page with their former names, in one query (the names are owned rows, joined), so
    /// that each record on the page can be named by its own date.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, Organisation>> OrganisationsWithNamesAsync(
        this AppDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<int, Organisation>();
        return await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
    }

    /// <summary>
    /// The organisations renamed at least once, with their former names: a long table names each row's organisation
    /// by the row's date without a query per row or per page (few organisations are ever renamed).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, Organisation>> RenamedOrganisationsAsync(
        this AppDbContext db, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.FormerNames.Any()).ToDictionaryAsync(o => o.Id, ct);

    /// <summary>A row's organisation as <see cref="DisplayOn"/> names it: today's name unless renamed since.</summary>
    public static string NameOn(this IReadOnlyDictionary<int, Organisation> renamed, int id, string nameToday,
        DateOnly date) => renamed.TryGetValue(id, out var organisation) ? organisation.DisplayOn(date) : nameToday;

    /// <summary>One organisation by the name in force on <paramref name="date"/> (one query).</summary>
    public static async Task<string> OrganisationNameOnAsync(
        this AppDbContext db, int id, DateOnly date, CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id, ct)).DisplayOn(date);
}
