using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Reform;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Excel;
using KhuyenCong.Web.Features.ReferenceForms;
using KhuyenCong.Web.Infrastructure.Caching;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// Annual plans (dự toán): the list, a plan's page and its Excel file, and the plan's own form. The ministry officer
/// keeps the KCQG plan, a department officer the province's KCĐP plan; everyone else in scope reads. Allocations are
/// <see cref="PlanAllocationsController"/>'s and <see cref="AllocationCorrectionsController"/>'s (same URLs under
/// /Plans). Outside scope → 404, the wrong role for the fund → 403, a closed year → 409 with the form as typed.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class PlansController(
    AppDbContext db, IUserScopeProvider scopes, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : Controller, IRefusalPages
{
    /// <summary>The form a state or actor refusal of this request's save shows again (null: the refusal
    /// page).</summary>
    private Func<Task<IActionResult>>? _refusedForm;

    [CachedPage("year", "fund", "page")]
    public async Task<IActionResult> Index(int? year, string? fund, int page = 1, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(User, ct);
        var chosenYear = year ?? VietnamTime.Today(clock).Year;
        Fund? fundFilter = FundNames.TryParse(fund, out var parsed) ? parsed : null;
        var query = db.AnnualPlans.AsNoTracking().InScope(scope).Where(p => p.Year == chosenYear);
        if (fundFilter is { } f) query = query.Where(p => p.Fund == f);
        var list = await query.OrderBy(p => p.Fund).ThenBy(p => p.OwnerUnit!.Code)
            .Select(p => new PlanListRow(p.Id, p.Year, p.Fund, p.OwnerUnit != null
                ? p.OwnerUnit.Name : PlanDetailsQuery.Ministry,
                new Vnd(p.EstimateDong), new Vnd(p.AllocatedDong), p.DecisionNumber, p.DecisionDate, p.OwnerUnitId))
            .ToPagedListAsync(page, ct: ct);
        var places = await db.UnitPlacesAsync(list.Items.Where(r => r.OwnerUnitId != null)
            .Select(r => r.OwnerUnitId!.Value), ct);
        foreach (var row in list.Items)
            row.Place = row.OwnerUnitId is { } owner ? places.GetValueOrDefault(owner) : null;
        return View(new PlanIndexViewModel(chosenYear, fundFilter, list,
            PlanAccess.MayManage(User, Fund.Kcqg), PlanAccess.MayManage(User, Fund.Kcdp)));
    }

    [CachedPage("id", "recipientId")]
    public async Task<IActionResult> Details(int id, int? recipientId, CancellationToken ct)
    {
        var model = await PlanDetailsQuery.LoadAsync(db, await scopes.GetAsync(User, ct), User, id, recipientId, ct);
        return model is null ? NotFound() : View(model);
    }

    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Export(int id, int? recipientId, CancellationToken ct)
    {
        var model = await PlanDetailsQuery.LoadAsync(db, await scopes.GetAsync(User, ct), User, id, recipientId, ct);
        if (model is null) return NotFound();
        var file = $"phan-bo-{FundNames.ApiCode(model.Fund).ToLowerInvariant()}-{model.Year}.xlsx";
        return await this.OfficialExcelAsync(file, PlanExcel.Allocations(model)
            .WithForm(await this.OfficialFormAsync(OfficialFormKeys.Allocation)));
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public async Task<IActionResult> Create(string? fund, int? year, CancellationToken ct)
    {
        var chosen = FundNames.TryParse(fund, out var f) ? f
            : Policies.Allows(User, Policies.MinistryOfficer) ? Fund.Kcqg : Fund.Kcdp;
        if (!PlanAccess.MayManage(User, chosen)) return Forbid();
        var model = new PlanFormModel
        {
            Fund = chosen,
            Year = year is >= BudgetRules.FirstYear and <= BudgetRules.LastYear ? year : VietnamTime.Today(clock).Year,
        };
        return await FormAsync(model, ct);
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> Create(PlanFormModel model, CancellationToken ct)
    {
        if (model.Fund is { } fund && !PlanAccess.MayManage(User, fund)) return Forbid();
        var own = model.Fund == Fund.Kcdp ? await db.OwnProvinceAsync(User, ct) : null;
        if (model.Fund == Fund.Kcdp && own is null)
            ModelState.AddModelError("", localizer["Tài khoản của bạn không thuộc một Sở Công Thương hoặc Trung tâm " +
                "Khuyến công cấp tỉnh nên không lập được kế hoạch KCĐP."]);
        var owner = await OwnerAsync(model, own, ct);
        int? ownerId = owner?.Id;
        if (ModelState.IsValid && await db.AnnualPlans.AnyAsync(p => p.Year == model.Year && p.Fund == model.Fund
            && p.OwnerUnitId == ownerId, ct))
            ModelState.AddModelError(nameof(model.Year), owner is null
                ? localizer["Đã có kế hoạch {0} năm {1}: hãy sửa kế hoạch đó.", FundNames.Code(model.Fund!.Value),
                    model.Year!.Value]
                : localizer["Đã có kế hoạch {0} năm {1} của {2}: hãy sửa kế hoạch đó.",
                    FundNames.Code(model.Fund!.Value), model.Year!.Value, owner.Name]);
        var programme = await ProgrammeAsync(model, owner?.Id, ct);
        if (!ModelState.IsValid) return await FormAsync(model, ct);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var plan = new AnnualPlan(model.Year!.Value, model.Fund!.Value, owner, model.Estimate!.Value,
                model.DecisionNumber, model.DecisionDate, programme);
            if (!string.IsNullOrWhiteSpace(model.Note)) plan.Describe(programme, model.Note);
            db.AnnualPlans.Add(plan);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lập kế hoạch.");
            return RedirectToAction(nameof(Details), new { id = plan.Id });
        }, _refusedForm = () => FormAsync(model, ct), ct,
            duplicate: "Kế hoạch này vừa được người khác lập. Hãy mở danh sách kế hoạch để sửa kế hoạch đó.");
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct);
        if (plan is null) return refusal!;
        return await FormAsync(new PlanFormModel
        {
            Id = plan.Id, Version = plan.Version, Fund = plan.Fund, Year = plan.Year, Estimate = plan.Estimate,
            DecisionNumber = plan.DecisionNumber, DecisionDate = plan.DecisionDate,
            ProgrammeId = plan.ProgrammeId, Note = plan.Note,
        }, ct, plan);
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> Edit(int id, PlanFormModel model, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct,
            form: stored => FormAsync(model, ct, stored));
        if (plan is null) return refusal!;
        // Year, fund and owner identify the plan and are not editable; the estimate changes only by a dated
        // adjustment (AdjustEstimate) and a recorded decision is never overwritten.
        model.Fund = plan.Fund;
        model.Year = plan.Year;
        model.Estimate = plan.Estimate;
        ModelState.Remove(nameof(model.Fund));
        ModelState.Remove(nameof(model.Year));
        ModelState.Remove(nameof(model.Estimate));
        var recordsDecision = plan.DecisionNumber is null
            && (!string.IsNullOrWhiteSpace(model.DecisionNumber) || model.DecisionDate is not null);
        if (recordsDecision && (string.IsNullOrWhiteSpace(model.DecisionNumber) || model.DecisionDate is null))
            ModelState.AddModelError(nameof(model.DecisionNumber),
                localizer["Số và ngày quyết định giao dự toán phải nhập cùng nhau."]);
        var programme = await ProgrammeAsync(model, plan.OwnerUnitId, ct);
        if (!ModelState.IsValid) return await FormAsync(model, ct, plan);
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            plan.Describe(programme, model.Note);
            if (recordsDecision) plan.RecordDecision(model.DecisionNumber!, model.DecisionDate!.Value);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã lưu kế hoạch.");
            return RedirectToAction(nameof(Details), new { id });
        }, _refusedForm = () => FormAsync(model, ct, plan), ct);
    }

    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        PlanAccess.Refused(this, statusCode, message, _refusedForm);

    /// <summary>
    /// The province a new KCĐP plan belongs to: the one chosen among the department's (its own, or a legacy province
    /// that became part of it), else the one that fits the plan year; refused when it does not fit the year.
    /// </summary>
    private async Task<AdministrativeUnit?> OwnerAsync(PlanFormModel model, AdministrativeUnit? own,
        CancellationToken ct)
    {
        if (own is null) return null;
        var candidates = await PlanOwners.CandidatesAsync(db, own, ct);
        var year = model.Year is >= BudgetRules.FirstYear and <= BudgetRules.LastYear ? model.Year : null;
        var owner = model.OwnerUnitId is { } chosen
            ? candidates.FirstOrDefault(c => c.Unit.Id == chosen)?.Unit
            : (year is { } y ? candidates.FirstOrDefault(c => c.Fits(y))?.Unit : null) ?? own;
        if (owner is null)
            ModelState.AddModelError(nameof(model.OwnerUnitId),
                localizer["Tỉnh/thành phố đã chọn không thuộc phạm vi của bạn."]);
        else if (year is { } planYear && !ReferencePeriod.ForPlanYear(planYear).Allows(owner))
        {
            var replacement = await db.UnitReplacementAsync(owner, ct);
            this.TryBuild<object?>(nameof(model.OwnerUnitId), () =>
            {
                ReferencePeriod.ForPlanYear(planYear).Require(owner, replacement);
                return null;
            }, out _);
        }
        return owner;
    }

    private async Task<Programme?> ProgrammeAsync(PlanFormModel model, int? ownerUnitId, CancellationToken ct)
    {
        if (model.ProgrammeId is null) return null;
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == model.ProgrammeId
            && p.ProvinceUnitId == ownerUnitId, ct);
        if (programme is null) ModelState.AddModelError(nameof(model.ProgrammeId),
            localizer["Chương trình đã chọn không thuộc cấp của kế hoạch này."]);
        return programme;
    }

    private async Task<IActionResult> FormAsync(PlanFormModel model, CancellationToken ct, AnnualPlan? plan = null)
    {
        var ownProvince = plan is null && model.Fund == Fund.Kcdp ? await db.OwnProvinceAsync(User, ct) : null;
        var ownerUnitId = plan is not null ? plan.OwnerUnitId : ownProvince?.Id;
        if (plan is not null)
        {
            model.HasDecision = plan.DecisionNumber is not null;
            // What is shown is what is stored: the estimate and a recorded decision are not edited here.
            model.Estimate = plan.Estimate;
            if (model.HasDecision)
                (model.DecisionNumber, model.DecisionDate) = (plan.DecisionNumber, plan.DecisionDate);
        }
        model.OwnerName = plan?.OwnerUnit?.Name ?? (model.Fund == Fund.Kcdp ? ownProvince?.Name
            : PlanDetailsQuery.Ministry);
        if (plan is null && model.Fund == Fund.Kcdp)
            model.Owners = await PlanOwners.CandidatesAsync(db, ownProvince, ct);
        model.Programmes = await db.Programmes.AsNoTracking().Where(p => p.ProvinceUnitId == ownerUnitId)
            .OrderByDescending(p => p.StartYear)
            .Select(p => new SelectListItem($"{p.Name} ({p.StartYear}–{p.EndYear})", p.Id.ToString()))
            .ToListAsync(ct);
        return View("Edit", model);
    }
}
