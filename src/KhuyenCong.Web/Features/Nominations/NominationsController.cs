using KhuyenCong.Data;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Nominations;

/// <summary>
/// The nominator's side of product nominations: a Sở sends its certified products to the regional and national
/// rounds, a commune committee to its provincial round, as one package with the signed letter, by the deadline.
/// </summary>
[Authorize(Policy = Policies.ProductReaders)]
public sealed class NominationsController(AppDbContext db, IUserScopeProvider scopes, TimeProvider clock,
    AttachmentStorage storage) : NominationControllerBase(db, scopes)
{
    /// <summary>The rounds the user's unit may nominate to (open ones, and any it has a package for).</summary>
    [Authorize(Policy = Policies.Officers)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var organisation = await NominatorAsync(ct);
        if (organisation?.ScopeUnit is not { } unit)
            return View(new NominationIndexViewModel { Nominator = organisation?.Name ?? "", Rounds = [] });
        var province = await ProvinceOfAsync(unit, ct);
        var packages = await Db.ProductNominations.AsNoTracking().Where(n => n.UnitId == unit.Id)
            .Select(n => new { n.RoundId, n.Id, n.Status }).ToListAsync(ct);
        var withPackage = packages.Select(p => p.RoundId).ToList();
        var rounds = Db.ProductRounds.AsNoTracking().Where(r => withPackage.Contains(r.Id)
            || (r.Status == RoundStatus.Open && (organisation.Kind == OrganisationKind.ProvincialDepartment
                ? r.Level == RoundLevel.National || (r.Level == RoundLevel.Regional
                    && (!r.Provinces.Any() || r.Provinces.Any(p => p.Id == unit.Id)))
                : organisation.Kind == OrganisationKind.CommuneCommittee && province != null
                    && r.Level == RoundLevel.Provincial && r.ScopeUnitId == province.Id)));
        var list = await rounds.OrderBy(r => r.SubmissionCloses).ThenBy(r => r.Id).ToListAsync(ct);
        return View(new NominationIndexViewModel
        {
            Nominator = organisation.Name,
            Rounds = [.. list.Select(r =>
            {
                var package = packages.FirstOrDefault(p => p.RoundId == r.Id);
                return new NominationRoundRow(r.Id, RoundTitles.Of(r), r.SubmissionCloses, r.NominationQuota,
                    package?.Id, package?.Status);
            })],
        });
    }

    /// <summary>Starts the unit's package to a round (or opens the one it already has).</summary>
    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> Create(int roundId, CancellationToken ct)
    {
        var round = await Db.ProductRounds.Include(r => r.Provinces).SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null) return NotFound();
        var organisation = await NominatorAsync(ct);
        if (organisation?.ScopeUnit is not { } unit) return Forbid();
        var existing = await Db.ProductNominations.Where(n => n.RoundId == roundId && n.UnitId == unit.Id)
            .Select(n => (int?)n.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id) return RedirectToAction(nameof(Details), new { id });
        var province = await ProvinceOfAsync(unit, ct);
        ProductNomination? created = null;
        var result = await this.SaveOrNoticeAsync(async () =>
        {
            created = new ProductNomination(round, organisation, province ?? unit, VietnamTime.Today(clock));
            Db.ProductNominations.Add(created);
            await Db.SaveChangesAsync(ct);
        }, "Đã lập hồ sơ đề cử.", RedirectToAction(nameof(Index)),
            duplicate: "Địa phương đã có hồ sơ đề cử cho vòng bình chọn này.");
        return created is { Id: > 0 } ? RedirectToAction(nameof(Details), new { id = created.Id }) : result;
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await FindPackageAsync(id, ct);
        if (found is not var (package, round)) return NotFound();
        var isNominator = await IsNominatorAsync(package, ct);
        var unit = await Db.AdministrativeUnits.Where(u => u.Id == package.UnitId).Select(u => u.Name)
            .SingleAsync(ct);
        var candidates = isNominator && package.IsEditable ? await CandidatesAsync(package, round, ct) : [];
        return View(new NominationDetailsViewModel
        {
            Package = package, Round = round, RoundTitle = RoundTitles.Of(round), Unit = unit,
            Items = [.. package.Items.OrderBy(i => i.Id).Select(i => new NominationItemRow(i.Id,
                i.Certificate!.Number, i.Certificate.ValidUntil, i.Certificate.Entry!.Name,
                i.Certificate.Entry.Establishment!.Name, i.Entry?.Id ?? i.EntryId))],
            Candidates = candidates, IsNominator = isNominator, IsOrganiser = await CanManageAsync(round, ct),
        });
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> AddItem(int id, int? certificateId, long version, CancellationToken ct)
    {
        var certificate = await Db.Certificates.Include(c => c.Entry)
            .SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        if (certificate is null)
        {
            TempData["Error"] = "Chọn một giấy chứng nhận còn hiệu lực của địa phương.";
            return RedirectToAction(nameof(Details), new { id });
        }
        return await PackageStepAsync(id, version, organiser: false, async (package, round) =>
            package.Add(round, certificate, await OwnUnitIdsAsync(package.UnitId, ct), VietnamTime.Today(clock)),
            "Đã thêm sản phẩm vào hồ sơ đề cử.", ct);
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> RemoveItem(int id, int itemId, long version, CancellationToken ct) =>
        PackageStepAsync(id, version, organiser: false, (package, _) =>
        {
            package.Remove(itemId);
            return Task.CompletedTask;
        }, "Đã bỏ sản phẩm khỏi hồ sơ đề cử.", ct);

    /// <summary>The signed letter: its number, date and scanned file (PDF or image).</summary>
    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    [RequestSizeLimit(AttachmentStorage.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Letter(int id, string? letterNumber, DateOnly? letterDate, IFormFile? file,
        long version, CancellationToken ct)
    {
        var found = await FindPackageAsync(id, ct);
        if (found is not var (package, _)) return NotFound();
        if (!await IsNominatorAsync(package, ct)) return Forbid();
        if (!package.IsEditable) return RoundConflict("Hồ sơ đề cử đã gửi hoặc đã được tiếp nhận: không sửa được.");
        var (upload, error) = await storage.StoreAsync(file, allowOffice: false, ct);
        if (upload is null || letterDate is null)
        {
            TempData["Error"] = error ?? "Thiếu thông tin bắt buộc: ngày công văn.";
            if (upload is not null) System.IO.File.Delete(storage.PathOf(upload.StoredName));
            return RedirectToAction(nameof(Details), new { id });
        }
        return await PackageStepAsync(id, version, organiser: false, (p, _) => storage.RecordAsync(upload, () =>
        {
            p.SetLetter(letterNumber ?? "", letterDate.Value, upload.FileName, upload.StoredName, upload.ContentType,
                upload.Size);
            return Task.CompletedTask;
        }), "Đã lưu công văn đề cử.", ct);
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> Submit(int id, long version, CancellationToken ct) =>
        PackageStepAsync(id, version, organiser: false, (package, round) =>
        {
            package.Submit(round, UserId, VietnamTime.Today(clock));
            return Task.CompletedTask;
        }, "Đã gửi hồ sơ đề cử.", ct);

    /// <summary>Always a download (attachment disposition), never rendered inline.</summary>
    public async Task<IActionResult> LetterFile(int id, CancellationToken ct)
    {
        var found = await FindPackageAsync(id, ct);
        if (found is not var (package, _) || package.LetterStoredName is null) return NotFound();
        var path = storage.PathOf(package.LetterStoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, package.LetterContentType ?? "application/octet-stream", package.LetterFileName);
    }

    /// <summary>The unit and the legacy units it succeeds: a Hòa Bình certificate counts for Phú Thọ.</summary>
    private async Task<IReadOnlyCollection<int>> OwnUnitIdsAsync(int unitId, CancellationToken ct) =>
        [unitId, .. await Db.UnitSuccessions.Where(s => s.SuccessorId == unitId).Select(s => s.PredecessorId)
            .ToListAsync(ct)];

    /// <summary>The unit's valid certificates of the level below the round, not yet in the package.</summary>
    private async Task<IReadOnlyList<CertificateOption>> CandidatesAsync(ProductNomination package,
        ProductRound round, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var own = (await OwnUnitIdsAsync(package.UnitId, ct)).ToList();
        var level = round.Level - 1;
        var listed = package.Items.Select(i => i.CertificateId).ToList();
        var query = Db.Certificates.AsNoTracking().Where(c => c.Level == level && c.IssueDate <= today
            && c.ValidUntil >= today && !listed.Contains(c.Id));
        query = round.Level == RoundLevel.Provincial
            ? query.Where(c => own.Contains(c.Entry!.LocationUnitId))
            : query.Where(c => own.Contains(c.Entry!.ProvinceUnitId));
        var rows = await query.OrderBy(c => c.Number).Take(500)
            .Select(c => new { c.Id, c.Number, c.Entry!.Name, c.ValidUntil }).ToListAsync(ct);
        return [.. rows.Select(c => new CertificateOption(c.Id,
            $"{c.Number} – {c.Name} ({VietnamTime.Date(c.ValidUntil)})"))];
    }
}
