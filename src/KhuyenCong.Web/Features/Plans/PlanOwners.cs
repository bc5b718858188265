using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Reform;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// The provinces a department may keep a KCĐP plan for: its own province and, for a current province, the legacy
/// provinces that became part of it (their 2021–2025 plans are its history). Which of them a plan year may use is
/// <see cref="ReferencePeriod"/>'s question: a 2026 plan belongs to a current province, a 2024 one to a legacy
/// province, a 2025 one to either.
/// </summary>
public static class PlanOwners
{
    public sealed record Candidate(AdministrativeUnit Unit)
    {
        /// <summary>The plan years it may own: up to 2025 for a legacy province, from 2025 for a current one.</summary>
        public int FirstYear => Unit.Generation == UnitGeneration.Legacy ? 2000 : ReferencePeriod.TransitionYear;

        public int LastYear => Unit.Generation == UnitGeneration.Legacy ? ReferencePeriod.TransitionYear : 2100;

        public bool Fits(int year) => ReferencePeriod.ForPlanYear(year).Allows(Unit);
    }

    public static async Task<List<Candidate>> CandidatesAsync(AppDbContext db, AdministrativeUnit? ownProvince,
        CancellationToken ct)
    {
        if (ownProvince is null) return [];
        var result = new List<Candidate> { new(ownProvince) };
        if (ownProvince.Generation == UnitGeneration.Current)
            // Tracked: the chosen unit becomes the new plan's owner, and an untracked one would be inserted again.
            result.AddRange((await db.UnitSuccessions
                    .Where(s => s.SuccessorId == ownProvince.Id && s.Predecessor.Level == UnitLevel.Province)
                    .Select(s => s.Predecessor).OrderBy(u => u.Code).ToListAsync(ct))
                .Select(u => new Candidate(u)));
        return result;
    }
}
