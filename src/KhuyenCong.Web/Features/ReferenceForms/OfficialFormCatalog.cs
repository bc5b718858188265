using KhuyenCong.Data;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ReferenceForms;

/// <summary>
/// Which form number and instrument an official table prints on a date (issue 14): the entry of its key in force
/// on the document's date, so a table dated before a replacement keeps the old instrument.
/// </summary>
public sealed class OfficialFormCatalog(AppDbContext db)
{
    public async Task<OfficialFormText> InForceAsync(string key, DateOnly date, CancellationToken ct)
    {
        // A key's entries do not overlap: the latest that started by the date is the one, unless it ended before.
        var entry = await db.OfficialForms.AsNoTracking().Where(f => f.Key == key && f.ValidFrom <= date)
            .OrderByDescending(f => f.ValidFrom).Select(f => new { f.Number, f.Instrument, f.ValidTo })
            .FirstOrDefaultAsync(ct);
        return entry is null || entry.ValidTo < date ? OfficialFormText.None : new(entry.Number, entry.Instrument);
    }
}
