using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// What a province's package page reads: the round, the sendings, who may send or return, the projects on offer,
/// and the tracked projects and frozen Mẫu 2 rows of a sending. The province's area (its units, predecessors' units
/// included) is a <see cref="UnitScope"/>, filtered by the one <see cref="ScopeQueryExtensions"/> rule.
/// </summary>
public sealed class PackagePageQuery(AppDbContext db, IUserScopeProvider scopes, AdministrativeUnitGraphCache graphs,
    TimeProvider clock)
{
    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>
    /// The round exists, the province is one it is addressed to, and the province is in the user's area.
    /// </summary>
    public async Task<bool> VisibleAsync(ClaimsPrincipal user, int roundId, int provinceId, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(user, ct);
        return await db.AdministrativeUnits.InScope(scope).AnyAsync(u => u.Id == provinceId, ct)
            && await db.RegistrationRounds.AnyAsync(
                r => r.Id == roundId && r.Figures.Any(f => f.ProvinceUnitId == provinceId), ct);
    }

    /// <summary>The Sở's officers send; a centre, a ministry unit or a leader does not (403).</summary>
    public async Task<bool> MaySendAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Policies.Allows(user, Policies.DepartmentOfficer)) return false;
        var organisation = await scopes.GetOrganisationAsync(user, ct);
        return organisation?.Kind == OrganisationKind.ProvincialDepartment;
    }

    /// <summary>The chosen projects, tracked, among the province's own.</summary>
    public async Task<List<Project>> ChosenAsync(int provinceId, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        return await db.Projects.InScope(await AreaAsync(provinceId, ct))
            .Include(p => p.ActivityContent).Include(p => p.ImplementingOrganisation)
            .Include(p => p.LocationUnit).Include(p => p.Beneficiaries)
            .Where(p => wanted.Contains(p.Id))
            .OrderBy(p => p.Code).AsSplitQuery().ToListAsync(ct);
    }

    /// <summary>The Mẫu 2 rows as the projects stand at this moment, beneficiaries named as they are today.</summary>
    public async Task<List<PackageRow>> RowsAsync(List<Project> projects, CancellationToken ct)
    {
        var ids = projects.SelectMany(p => p.Beneficiaries.Select(b => b.EstablishmentId)).Distinct().ToList();
        var establishments = await db.Establishments.AsNoTracking().Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, ct);
        return projects.Select(p => new PackageRow(p, p.ActivityContent!.Name, p.ActivityContent.SortOrder,
                p.ImplementingOrganisation!.NameOn(Today), p.LocationUnit!.Name,
                p.Beneficiaries.Select(b => establishments[b.EstablishmentId])
                    .Select(e => new PackageRowBeneficiary(e.Id, e.Name, e.TaxCode))))
            .ToList();
    }

    public async Task<PackagePageViewModel> LoadAsync(ClaimsPrincipal user, int roundId, int provinceId,
        CancellationToken ct)
    {
        var round = await db.RegistrationRounds.AsNoTracking().Include(r => r.Figures)
            .SingleAsync(r => r.Id == roundId, ct);
        var package = await db.RegistrationPackages.AsNoTracking()
            .Include(p => p.Submissions).ThenInclude(s => s.Rows).ThenInclude(r => r.Beneficiaries)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.RoundId == roundId && p.ProvinceUnitId == provinceId, ct);
        var province = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == provinceId)
            .Select(u => u.Name).SingleAsync(ct);
        var canSubmit = round.IsOpen && package?.Status != PackageStatus.Submitted && await MaySendAsync(user, ct);
        var model = new PackagePageViewModel
        {
            RoundId = roundId, Year = round.Year, Deadline = round.Deadline, RoundOpen = round.IsOpen, Today = Today,
            ProvinceUnitId = provinceId, Province = province, Indicative = round.IndicativeFor(provinceId)!.Value,
            Status = package?.Status, Version = package?.Version ?? 0,
            Submissions = package?.Submissions.OrderByDescending(s => s.Number).ToList() ?? [],
            CanSubmit = canSubmit,
            CanReturn = round.IsOpen && package?.Status == PackageStatus.Submitted
                        && Policies.Allows(user, Policies.MinistryOfficer),
            Candidates = canSubmit ? await CandidatesAsync(round.Year, provinceId, ct) : [],
        };
        model.Form.Version = model.Version;
        model.ReturnForm.Version = model.Version;
        return model;
    }

    private async Task<List<PackagePageViewModel.Candidate>> CandidatesAsync(int year, int provinceId,
        CancellationToken ct) =>
        await db.Projects.AsNoTracking().InScope(await AreaAsync(provinceId, ct))
            .Where(p => p.Fund == Fund.Kcqg && p.Year == year && p.Status == ProjectStatus.BaseAppraised)
            .OrderBy(p => p.Code)
            .Select(p => new PackagePageViewModel.Candidate(p.Id, p.Code, p.Name, p.ActivityContent!.Name, p.Kind,
                new Vnd(p.RequestedSupportDong), new Vnd(p.AppraisedSupportDong ?? p.RequestedSupportDong),
                p.BaseScore))
            .ToListAsync(ct);

    /// <summary>The province's area across the 2025 conversion: what its package may hold.</summary>
    private async Task<UnitScope> AreaAsync(int provinceId, CancellationToken ct) =>
        UnitScope.Of((await graphs.GetAsync(ct)).ScopeOf(provinceId));
}
