using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using Microsoft.EntityFrameworkCore;
using static KhuyenCong.Web.Features.Registration.ConsolidationViewModel;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// Builds the consolidation page of a round from the packages' frozen lists (see <see cref="ConsolidationViewModel"/>).
/// </summary>
public static class ConsolidationQuery
{
    public static async Task<ConsolidationViewModel?> LoadAsync(AppDbContext db, int roundId, DateOnly today,
        bool canManage, CancellationToken ct)
    {
        var round = await db.RegistrationRounds.AsNoTracking().Include(r => r.Figures)
            .SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null) return null;
        var provinceIds = round.Figures.Select(f => f.ProvinceUnitId).ToList();
        var names = await db.AdministrativeUnits.AsNoTracking().Where(u => provinceIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var packages = await db.RegistrationPackages.AsNoTracking().Where(p => p.RoundId == roundId)
            .Include(p => p.Submissions).ThenInclude(s => s.Rows).ThenInclude(r => r.Beneficiaries)
            .AsSplitQuery().ToListAsync(ct);
        var byProvince = packages.ToDictionary(p => p.ProvinceUnitId);

        var lines = round.Figures.Select(f =>
        {
            var package = byProvince.GetValueOrDefault(f.ProvinceUnitId);
            var current = package?.Current;
            var sent = package?.Status == PackageStatus.Submitted;
            return new ProvinceLine(f.ProvinceUnitId, names[f.ProvinceUnitId], f.Amount, package?.Status,
                sent && current!.IsLate, current?.SubmittedOn, sent ? current!.Rows.Count : 0,
                sent ? current!.Requested : Vnd.Zero, sent ? current!.Recommended : Vnd.Zero);
        }).OrderBy(l => l.Name, VietnameseText.NameOrder).ToList();

        // Only the lists with the ministry count: a returned list is being corrected.
        var listed = packages.Where(p => p.Status == PackageStatus.Submitted)
            .SelectMany(p => p.Current!.Rows.Select(r => (Province: names[p.ProvinceUnitId], Row: r))).ToList();
        var contents = listed.GroupBy(x => (x.Row.ContentOrder, x.Row.ContentName)).OrderBy(g => g.Key.ContentOrder)
            .Select(g => new ContentTotal(g.Key.ContentName, g.Count(), Vnd.Sum(g.Select(x => x.Row.Requested)),
                Vnd.Sum(g.Select(x => x.Row.Recommended))))
            .ToList();

        return new ConsolidationViewModel
        {
            RoundId = round.Id, Year = round.Year, OpenedOn = round.OpenedOn, Deadline = round.Deadline,
            Status = round.Status, ClosedOn = round.ClosedOn, Note = round.Note, Version = round.Version,
            Today = today, CanManage = canManage, Provinces = lines, Contents = contents,
            Duplicates = Duplicates(listed),
        };
    }

    /// <summary>
    /// The same establishment, or the same tax code, among the beneficiaries of two or more listed projects of the
    /// round (DOMAIN §4's duplicate-funding check at the ministry's level): a warning for the appraisers, not a
    /// refusal, since a group project and a single one may rightly share a cooperative.
    /// </summary>
    private static List<DuplicateWarning> Duplicates(List<(string Province, Domain.Cycle.PackageRow Row)> listed)
    {
        var mentions = listed.SelectMany(x => x.Row.Beneficiaries.Select(b => (x.Province, x.Row, Beneficiary: b)))
            .ToList();
        var warnings = new List<DuplicateWarning>();
        var seen = new HashSet<string>();
        var groups = mentions.GroupBy(m => $"id:{m.Beneficiary.EstablishmentId}")
            .Concat(mentions.Where(m => m.Beneficiary.TaxCode is not null)
                .GroupBy(m => $"tax:{m.Beneficiary.TaxCode}"));
        foreach (var group in groups)
        {
            var projects = group.DistinctBy(m => m.Row.ProjectId).ToList();
            if (projects.Count < 2) continue;
            // The same projects found by record and by tax code are one warning.
            var key = string.Join(",", projects.Select(p => p.Row.ProjectId).Order());
            if (!seen.Add(key)) continue;
            var first = group.First().Beneficiary;
            warnings.Add(new DuplicateWarning(first.Name, first.TaxCode,
                projects.Select(p => p.Province).Distinct().Count() > 1,
                projects.Select(p => new ListedProject(p.Row.Code, p.Row.Name, p.Province)).ToList()));
        }
        return warnings;
    }
}
