using KhuyenCong.Data;
using KhuyenCong.Domain.Common;
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
    AttachmentStorage storage) : NominationControllerBase(db, scopes, clock)
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
            created = new ProductNomination(round, organisation, province ?? unit, VietnamTime.Today(Clock));
            Db.ProductNominations.Add(created);
            await Db.SaveChangesAsync(ct);
        }, "Đã lập hồ sơ đề cử.", RedirectToAction(nameof(Index)),
            duplicate: "Địa phương đã có hồ sơ đề cử cho vòng bình chọn này.");
        return created is { Id: > 0 } ? RedirectToAction(nameof(Details), new { id = created.Id }) : result;
    }

    public Task<IActionResult> Details(int id, CancellationToken ct) =>
        PackagePageAsync(id, StatusCodes.Status200OK, null);

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public async Task<IActionResult> AddItem(int id, int? certificateId, long version, CancellationToken ct)
    {
        var certificate = await Db.Certificates.Include(c => c.Entry)
            .SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        return await PackageStepAsync(id, ProductAction.SendNomination, version, async (package, round) =>
            package.Add(round, certificate
                    ?? throw new DomainException("Chọn một giấy chứng nhận còn hiệu lực của địa phương."),
                await OwnUnitIdsAsync(package.UnitId, ct), VietnamTime.Today(Clock)),
            "Đã thêm sản phẩm vào hồ sơ đề cử.", ct);
    }

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> RemoveItem(int id, int itemId, long version, CancellationToken ct) =>
        PackageStepAsync(id, ProductAction.SendNomination, version, (package, _) =>
        {
            package.Remove(itemId);
            return Task.CompletedTask;
        }, "Đã bỏ sản phẩm khỏi hồ sơ đề cử.", ct);

    /// <summary>The signed letter: its number, date and scanned file (PDF or image).</summary>
    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    [RequestSizeLimit(AttachmentStorage.MaxBytes + 64 * 1024)]
    public Task<IActionResult> Letter(int id, string? letterNumber, DateOnly? letterDate, IFormFile? file,
        long version, CancellationToken ct) =>
        PackageStepAsync(id, ProductAction.SendNomination, version, async (p, _) =>
        {
            // The state first, so a refused letter never reaches the disk.
            if (!p.IsEditable)
                throw new WorkflowException("Hồ sơ đề cử đã gửi hoặc đã được tiếp nhận: không sửa được.");
            var (upload, error) = await storage.StoreAsync(file, allowOffice: false, ct);
            if (upload is null || letterDate is null)
            {
                if (upload is not null) System.IO.File.Delete(storage.PathOf(upload.StoredName));
                throw new DomainException(error ?? "Thiếu thông tin bắt buộc: ngày công văn.");
            }
            await storage.RecordAsync(upload, () =>
            {
                p.SetLetter(letterNumber ?? "", letterDate.Value, upload.FileName, upload.StoredName,
                    upload.ContentType, upload.Size);
                return Task.CompletedTask;
            });
        }, "Đã lưu công văn đề cử.", ct);

    [Authorize(Policy = Policies.Officers)]
    [HttpPost]
    public Task<IActionResult> Submit(int id, long version, CancellationToken ct) =>
        PackageStepAsync(id, ProductAction.SendNomination, version, (package, round) =>
        {
            package.Submit(round, UserId, VietnamTime.Today(Clock));
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
}
