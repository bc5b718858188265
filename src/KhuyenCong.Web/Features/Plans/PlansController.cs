using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Reform;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Excel;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// Annual plans (dự toán) and their allocations in tranches. The ministry officer keeps the KCQG plan,
/// a department officer the province's KCĐP plan; everyone else in scope reads. Outside scope → 404,
/// the wrong role for the fund → 403; ceilings and conflicts are refused with nothing saved.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class PlansController(
    AppDbContext db, IUserScopeProvider scopes, AdministrativeUnitGraphCache graphs, Projects.ProjectRules projectRules,
    TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer)
    : Controller, IRefusalPages
{
    public async Task<IActionResult> Index(int? year, string? fund, int page = 1, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(User, ct);
        var chosenYear = year ?? VietnamTime.Today(clock).Year;
        Fund? fundFilter = FundNames.TryParse(fund, out var parsed) ? parsed : null;
        var query = db.AnnualPlans.AsNoTracking().InScope(scope).Where(p => p.Year == chosenYear);
        if (fundFilter is { } f) query = query.Where(p => p.Fund == f);
        var list = await query.OrderBy(p => p.Fund).ThenBy(p => p.OwnerUnit!.Code)
            .Select(p => new PlanListRow(p.Id, p.Year, p.Fund, p.OwnerUnit != null
                ? p.OwnerUnit.Name : "Bộ Công Thương",
                new Vnd(p.EstimateDong), new Vnd(p.AllocatedDong), p.DecisionNumber, p.DecisionDate, p.OwnerUnitId))
            .ToPagedListAsync(page, ct: ct);
        var places = await db.UnitPlacesAsync(list.Items.Where(r => r.OwnerUnitId != null)
            .Select(r => r.OwnerUnitId!.Value), ct);
        foreach (var row in list.Items)
            row.Place = row.OwnerUnitId is { } owner ? places.GetValueOrDefault(owner) : null;
        return View(new PlanIndexViewModel(chosenYear, fundFilter, list,
            MayManage(User, Fund.Kcqg), MayManage(User, Fund.Kcdp)));
    }

    public async Task<IActionResult> Details(int id, int? recipientId, CancellationToken ct)
    {
        var model = await DetailsAsync(id, recipientId, ct);
        return model is null ? NotFound() : View(model);
    }

    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Export(int id, int? recipientId, CancellationToken ct)
    {
        var model = await DetailsAsync(id, recipientId, ct);
        if (model is null) return NotFound();
        return await this.OfficialExcelAsync($"phan-bo-{FundNames.ApiCode(model.Fund).ToLowerInvariant()}-{model.Year}.xlsx",
            PlanExcel.Allocations(model));
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public async Task<IActionResult> Create(string? fund, int? year, CancellationToken ct)
    {
        var chosen = FundNames.TryParse(fund, out var f) ? f : User.IsInRole(RoleNames.MinistryOfficer)
            ? Fund.Kcqg : Fund.Kcdp;
        if (!MayManage(User, chosen)) return Forbid();
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
        if (model.Fund is { } fund && !MayManage(User, fund)) return Forbid();
        var own = model.Fund == Fund.Kcdp ? await db.OwnProvinceAsync(User, ct) : null;
        if (model.Fund == Fund.Kcdp && own is null)
            ModelState.AddModelError("",
                "Tài khoản của bạn không thuộc một Sở Công Thương hoặc Trung tâm Khuyến công cấp tỉnh " +
                "nên không lập được kế hoạch KCĐP.");
        var owner = await OwnerAsync(model, own, ct);
        int? ownerId = owner?.Id;
        if (ModelState.IsValid && await db.AnnualPlans.AnyAsync(p => p.Year == model.Year && p.Fund == model.Fund
            && p.OwnerUnitId == ownerId, ct))
            ModelState.AddModelError(nameof(model.Year),
                $"Đã có kế hoạch {FundNames.Code(model.Fund!.Value)} năm {model.Year}" +
                $"{(owner is null ? "" : " của " + owner.Name)}: hãy sửa kế hoạch đó.");
        var programme = await ProgrammeAsync(model, owner?.Id, ct);
        if (!ModelState.IsValid) return await FormAsync(model, ct);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            var plan = new AnnualPlan(model.Year!.Value, model.Fund!.Value, owner, model.Estimate!.Value,
                model.DecisionNumber, model.DecisionDate, programme);
            if (!string.IsNullOrWhiteSpace(model.Note)) plan.Describe(programme, model.Note);
            db.AnnualPlans.Add(plan);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "Đã lập kế hoạch.";
            return RedirectToAction(nameof(Details), new { id = plan.Id });
        }, () => FormAsync(model, ct), ct,
            duplicate: "Kế hoạch này vừa được người khác lập. Hãy mở danh sách kế hoạch để sửa kế hoạch đó.");
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var (plan, refusal) = await LoadForChangeAsync(id, ct);
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
        var (plan, refusal) = await LoadForChangeAsync(id, ct);
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
                "Số và ngày quyết định giao dự toán phải nhập cùng nhau.");
        var programme = await ProgrammeAsync(model, plan.OwnerUnitId, ct);
        if (!ModelState.IsValid) return await FormAsync(model, ct, plan);
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            plan.Describe(programme, model.Note);
            if (recordsDecision) plan.RecordDecision(model.DecisionNumber!, model.DecisionDate!.Value);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "Đã lưu kế hoạch.";
            return RedirectToAction(nameof(Details), new { id });
        }, () => FormAsync(model, ct, plan), ct);
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public async Task<IActionResult> Allocate(int id, CancellationToken ct)
    {
        var (plan, refusal) = await LoadForChangeAsync(id, ct);
        if (plan is null) return refusal!;
        var today = VietnamTime.Today(clock);
        var model = new TrancheFormModel { PlanId = id, Version = plan.Version, Tranche = plan.NextTranche,
            DecisionDate = today.Year >= plan.Year - 1 && today.Year <= plan.Year + 1 ? today : null };
        return await TrancheFormAsync(model, plan, ct);
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> Allocate(int id, TrancheFormModel model, CancellationToken ct)
    {
        var (plan, refusal) = await LoadForChangeAsync(id, ct);
        if (plan is null) return refusal!;
        var eligible = await EligibleRecipientsAsync(plan, ct);
        var lines = model.Items.Select((line, index) => (line, index)).Where(x => x.line.RecipientId is not null
            || x.line.Amount is not null).ToList();
        if (lines.Count == 0) ModelState.AddModelError("", localizer["Hãy nhập ít nhất một đơn vị nhận và số tiền."]);
        var planYear = ReferencePeriod.ForPlanYear(plan.Year);
        var firstRow = new Dictionary<int, int>();
        foreach (var (line, index) in lines)
        {
            var prefix = $"{nameof(model.Items)}[{index}]";
            var recipientKey = $"{prefix}.{nameof(line.RecipientId)}";
            if (line.RecipientId is null)
                ModelState.AddModelError(recipientKey, localizer["Dòng {0}: chưa chọn đơn vị nhận.", index + 1]);
            else if (!eligible.TryGetValue(line.RecipientId.Value, out var recipient))
                ModelState.AddModelError(recipientKey,
                    localizer["Dòng {0}: đơn vị này không nhận được kinh phí của kế hoạch này.", index + 1]);
            else if (firstRow.TryGetValue(recipient.Id, out var earlier))
                // Named with both rows: in a long tranche the officer must find the repeated one.
                ModelState.AddModelError(recipientKey, localizer[
                    "Dòng {0}: {1} đã có ở dòng {2}; mỗi đơn vị chỉ xuất hiện một lần trong một đợt.",
                    index + 1, recipient.Name, earlier]);
            else
            {
                firstRow[recipient.Id] = index + 1;
                await CheckRecipientDatesAsync(recipient, planYear, model.DecisionDate, recipientKey, ct);
            }
            if (line.Amount is null && ModelState.GetFieldValidationState($"{prefix}.{nameof(line.Amount)}")
                != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                ModelState.AddModelError($"{prefix}.{nameof(line.Amount)}",
                    localizer["Dòng {0}: chưa nhập số tiền.", index + 1]);
        }
        if (!ModelState.IsValid) return await TrancheFormAsync(model, plan, ct);
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            foreach (var (line, _) in lines)
                plan.Allocate(eligible[line.RecipientId!.Value], model.Tranche!.Value, line.Amount!.Value,
                    model.DecisionNumber!, model.DecisionDate!.Value, line.Note);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã giao kinh phí đợt {0} cho {1} đơn vị.", model.Tranche!.Value, lines.Count);
            return RedirectToAction(nameof(Details), new { id });
        }, async () =>
        {
            // Nothing was saved: show the plan as it is in the database, with the officer's input kept.
            db.ChangeTracker.Clear();
            var fresh = await db.AnnualPlans.AsNoTracking().Include(p => p.OwnerUnit).Include(p => p.Allocations)
                .AsSplitQuery().SingleAsync(p => p.Id == id, ct);
            return await TrancheFormAsync(model, fresh, ct);
        }, ct);
    }

    /// <summary>
    /// A recipient must be active in the plan's year (an organisation ended before it is not offered) and, for money
    /// decided after the reform, be one of today's organisations: the refusal names the one that took over.
    /// </summary>
    private async Task CheckRecipientDatesAsync(Organisation recipient, ReferencePeriod planYear, DateOnly? decisionDate,
        string key, CancellationToken ct)
    {
        // The decision's date first: its refusal quotes the date, which the officer typed.
        var period = decisionDate is { } date
            && !ReferencePeriod.ForDate(date).Allows(recipient, recipient.ScopeUnit?.Generation)
                ? ReferencePeriod.ForDate(date)
                : !planYear.Allows(recipient, recipient.ScopeUnit?.Generation) ? planYear : null;
        if (period is null) return;
        var replacement = await db.OrganisationReplacementAsync(recipient, ct);
        this.TryBuild<object?>(key, () =>
        {
            period.Require(recipient, recipient.ScopeUnit, replacement);
            return null;
        }, out _);
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpGet]
    public async Task<IActionResult> Correct(int id, int allocationId, CancellationToken ct)
    {
        var (plan, refusal) = await LoadForChangeAsync(id, ct);
        if (plan is null) return refusal!;
        if (plan.Allocations.All(a => a.Id != allocationId)) return NotFound();
        return View(await CorrectionViewAsync(new CorrectionFormModel
        {
            PlanId = id, AllocationId = allocationId, Version = plan.Version, DecisionDate = VietnamTime.Today(clock),
        }, plan, ct));
    }

    [Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
    [HttpPost]
    public async Task<IActionResult> Correct(int id, int allocationId, CorrectionFormModel model, CancellationToken ct)
    {
        var (plan, refusal) = await LoadForChangeAsync(id, ct);
        if (plan is null) return refusal!;
        var original = plan.Allocations.SingleOrDefault(a => a.Id == allocationId);
        if (original is null) return NotFound();
        model.AllocationId = allocationId;
        if (!ModelState.IsValid) return View(await CorrectionViewAsync(model, plan, ct));
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            var committed = await projectRules.CommittedAsync(original.RecipientId, plan.Fund, plan.Year,
                exceptProjectId: 0, ct);
            plan.Correct(original, model.Change!.Value, model.DecisionNumber!, model.DecisionDate!.Value,
                model.Reason, committed);
            await db.SaveChangesAsync(ct);
            TempData["Notice"] = "Đã ghi nhận điều chỉnh phân bổ.";
            return RedirectToAction(nameof(Details), new { id, recipientId = original.RecipientId });
        }, async () =>
        {
            db.ChangeTracker.Clear();
            var (fresh, _) = await LoadForChangeAsync(id, ct);
            return View(await CorrectionViewAsync(model, fresh!, ct));
        }, ct);
    }

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
            ModelState.AddModelError(nameof(model.OwnerUnitId), "Tỉnh/thành phố đã chọn không thuộc phạm vi của bạn.");
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

    /// <summary>KCQG belongs to the ministry officer, KCĐP to the province's department officer.</summary>
    public static bool MayManage(ClaimsPrincipal user, Fund fund) =>
        user.IsInRole(fund == Fund.Kcqg ? RoleNames.MinistryOfficer : RoleNames.DepartmentOfficer);

    private Task<(AnnualPlan? Plan, IActionResult? Refusal)> LoadForChangeAsync(int id, CancellationToken ct) =>
        PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct);

    IActionResult IRefusalPages.Refused(int statusCode, string message) => PlanAccess.Refused(this, statusCode, message,
        Convert.ToInt32(RouteData.Values.GetValueOrDefault("id"), System.Globalization.CultureInfo.InvariantCulture));

    private async Task<PlanDetailsViewModel?> DetailsAsync(int id, int? recipientId, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var plan = await db.AnnualPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Year, p.Fund, p.OwnerUnitId, Owner = p.OwnerUnit != null ? p.OwnerUnit.Name : "Bộ Công Thương",
                p.EstimateDong, p.AllocatedDong, p.DecisionNumber, p.DecisionDate, Programme = p.Programme != null
                    ? p.Programme.Name : null,
                p.Note, p.Version, p.IsClosed,
            })
            .SingleOrDefaultAsync(ct);
        if (plan is null) return null;
        var planVisible = scope.Contains(plan.OwnerUnitId);
        var entries = db.Allocations.AsNoTracking().InScope(scope).Where(a => a.PlanId == id);
        if (recipientId is { } rid) entries = entries.Where(a => a.RecipientId == rid);
        var list = await entries.OrderBy(a => a.Tranche).ThenBy(a => a.Id)
            .Select(AllocationEntry.FromAllocation).ToListAsync(ct);
        list = await db.NamedOnDecisionDatesAsync(list, ct);
        // A province sees the national plan only through what it allocated to the province's units.
        if (!planVisible && list.Count == 0) return null;
        var recipientName = recipientId is null ? null : list.FirstOrDefault()?.Recipient;
        var revisions = planVisible ? await db.EstimateRevisions.AsNoTracking().Where(r => r.PlanId == id)
            .OrderBy(r => r.Sequence).Select(EstimateEntry.FromRevision).ToListAsync(ct) : [];
        var yearEvents = planVisible ? await db.PlanYearEvents.AsNoTracking().Where(e => e.PlanId == id)
            .OrderBy(e => e.Id).Select(YearEventEntry.FromEvent).ToListAsync(ct) : [];
        var nameOf = await db.RecorderNamesAsync(
            list.Select(e => e.By).Concat(revisions.Select(r => r.By)).Concat(yearEvents.Select(e => e.By)), ct);
        list = [.. list.Select(e => e with { By = nameOf(e.By) })];
        return new PlanDetailsViewModel(plan.Id, plan.Year, plan.Fund, plan.Owner, planVisible,
            planVisible ? new Vnd(plan.EstimateDong) : Vnd.Zero, planVisible ? new Vnd(plan.AllocatedDong) : Vnd.Zero,
            plan.DecisionNumber, plan.DecisionDate, plan.Programme, plan.Note, plan.Version,
            planVisible && MayManage(User, plan.Fund), new AllocationTable(list), list, recipientId, recipientName)
        {
            OwnerPlace = await db.UnitPlaceAsync(plan.OwnerUnitId, ct),
            IsClosed = plan.IsClosed,
            Revisions = [.. revisions.Select(r => r with { By = nameOf(r.By) })],
            YearEvents = [.. yearEvents.Select(e => e with { By = nameOf(e.By) })],
            Links = await db.LinkedTotalsAsync(list.Select(e => e.Id).ToList(), plan.Fund, plan.Year, ct),
        };
    }

    private async Task<Programme?> ProgrammeAsync(PlanFormModel model, int? ownerUnitId, CancellationToken ct)
    {
        if (model.ProgrammeId is null) return null;
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == model.ProgrammeId
            && p.ProvinceUnitId == ownerUnitId, ct);
        if (programme is null) ModelState.AddModelError(nameof(model.ProgrammeId),
            "Chương trình đã chọn không thuộc cấp của kế hoạch này.");
        return programme;
    }

    private async Task<IActionResult> FormAsync(PlanFormModel model, CancellationToken ct, AnnualPlan? plan = null)
    {
        var ownerUnitId = plan is not null ? plan.OwnerUnitId : model.Fund == Fund.Kcdp
            ? (await db.OwnProvinceAsync(User, ct))?.Id : null;
        if (plan is not null)
        {
            model.HasDecision = plan.DecisionNumber is not null;
            // What is shown is what is stored: the estimate and a recorded decision are not edited here.
            model.Estimate = plan.Estimate;
            if (model.HasDecision)
                (model.DecisionNumber, model.DecisionDate) = (plan.DecisionNumber, plan.DecisionDate);
        }
        model.OwnerName = plan?.OwnerUnit?.Name ?? (model.Fund == Fund.Kcdp
            ? (await db.OwnProvinceAsync(User, ct))?.Name : "Bộ Công Thương");
        if (plan is null && model.Fund == Fund.Kcdp)
            model.Owners = await PlanOwners.CandidatesAsync(db, await db.OwnProvinceAsync(User, ct), ct);
        model.Programmes = await db.Programmes.AsNoTracking().Where(p => p.ProvinceUnitId == ownerUnitId)
            .OrderByDescending(p => p.StartYear)
            .Select(p => new SelectListItem($"{p.Name} ({p.StartYear}–{p.EndYear})", p.Id.ToString()))
            .ToListAsync(ct);
        return View("Edit", model);
    }

    /// <summary>
    /// Organisations of the fund's kinds in the plan's area, keyed by id, whatever their dates: which of them a
    /// tranche may go to depends on its decision date (<see cref="ReferencePeriod.ForDate"/>).
    /// </summary>
    private async Task<Dictionary<int, Organisation>> EligibleRecipientsAsync(AnnualPlan plan, CancellationToken ct)
    {
        var kinds = Enum.GetValues<OrganisationKind>().Where(k => Allocation.CanReceive(plan.Fund, k)).ToList();
        var query = db.Organisations.Include(o => o.ScopeUnit).Where(o => kinds.Contains(o.Kind));
        if (plan.OwnerUnitId is { } owner)
        {
            var units = (await graphs.GetAsync(ct)).ScopeOf(owner).ToList();
            query = query.Where(o => o.ScopeUnitId != null && units.Contains(o.ScopeUnitId.Value));
        }
        return await query.ToDictionaryAsync(o => o.Id, ct);
    }

    private async Task<IActionResult> TrancheFormAsync(TrancheFormModel model, AnnualPlan plan, CancellationToken ct)
    {
        // Any number of rows (the page adds more as needed); a few blank ones to start with.
        while (model.Items.Count < TrancheFormModel.Lines || model.Items[^1].RecipientId is not null)
            model.Items.Add(new TrancheLine());
        model.Plan = new PlanSummary(plan.Id, plan.Year, plan.Fund, plan.OwnerUnit?.Name ?? "Bộ Công Thương",
            plan.Estimate, plan.Allocated);
        // Only who may receive money decided on the form's date; the form follows a changed date (dated-options.js).
        var period = ReferencePeriod.ForDate(
            model.DecisionDate ?? LatestDecisionDay(plan.Year, VietnamTime.Today(clock)));
        var planYear = ReferencePeriod.ForPlanYear(plan.Year);
        var recipients = (await EligibleRecipientsAsync(plan, ct)).Values
            .Where(o => planYear.Allows(o, o.ScopeUnit?.Generation))
            .OrderBy(o => o.Kind == OrganisationKind.MinistryServiceUnit ? 0 : 1)
                .ThenBy(o => o.ScopeUnit?.Code, StringComparer.Ordinal)
                    .ThenBy(o => o.Name, VietnameseText.NameOrder).ThenBy(o => o.Id);
        model.Recipients = recipients.Select(o =>
        {
            var (from, to) = ReferencePeriod.DatesServed(o, o.ScopeUnit?.Generation);
            return new RecipientOption(o.Id, o.ScopeUnit is null ? o.Name : $"{o.Name} – {o.ScopeUnit.Name}", from, to,
                period.Allows(o, o.ScopeUnit?.Generation));
        }).ToList();
        // One tranche number per decision: the page fills the tranche of a decision number already used.
        model.Decisions = plan.Allocations.Where(a => !a.IsCorrection)
            .GroupBy(a => a.DecisionNumber.Trim().ToUpperInvariant())
            .Select(g => new TrancheDecision(g.First().DecisionNumber, g.First().Tranche, g.First().DecisionDate,
                [.. g.Select(a => a.RecipientId).Distinct()]))
            .OrderBy(d => d.Tranche).ToList();
        model.NextTranche = plan.NextTranche;
        return View("Allocate", model);
    }

    /// <summary>Today, or the last day a decision for the plan year may have (an old plan's tranche is decided then).</summary>
    private static DateOnly LatestDecisionDay(int planYear, DateOnly today)
    {
        var last = new DateOnly(planYear + 1, 12, 31);
        return today < last ? today : last;
    }

    private async Task<CorrectionFormModel> CorrectionViewAsync(CorrectionFormModel model,
        AnnualPlan plan, CancellationToken ct)
    {
        model.Plan = new PlanSummary(plan.Id, plan.Year, plan.Fund, plan.OwnerUnit?.Name ?? "Bộ Công Thương",
            plan.Estimate, plan.Allocated);
        model.Original = await db.Allocations.AsNoTracking().Where(a => a.Id == model.AllocationId)
            .Select(AllocationEntry.FromAllocation).SingleAsync(ct);
        return model;
    }
}
