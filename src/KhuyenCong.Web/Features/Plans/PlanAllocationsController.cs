using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Reform;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// Allocations of a plan in tranches (giao kinh phí, DOMAIN §4), by the plan's owner, at /Plans/Allocate/{id} as
/// before the plan pages were split: any number of recipients per tranche, each once, only organisations that may
/// receive money on the decision's date. Ceilings and conflicts are refused with nothing saved and the form as typed.
/// </summary>
[Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
public sealed class PlanAllocationsController(
    AppDbContext db, IUserScopeProvider scopes, AdministrativeUnitGraphCache graphs, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    private const string FormView = "~/Features/Plans/Views/Allocate.cshtml";

    private Func<Task<IActionResult>>? _refusedForm;

    [HttpGet("Plans/Allocate/{id:int}")]
    public async Task<IActionResult> Allocate(int id, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct);
        if (plan is null) return refusal!;
        var today = VietnamTime.Today(clock);
        var model = new TrancheFormModel { PlanId = id, Version = plan.Version, Tranche = plan.NextTranche,
            DecisionDate = today.Year >= plan.Year - 1 && today.Year <= plan.Year + 1 ? today : null };
        return await FormAsync(model, plan, ct);
    }

    [HttpPost("Plans/Allocate/{id:int}")]
    public async Task<IActionResult> Allocate(int id, TrancheFormModel model, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct,
            form: stored => FormAsync(model, stored, ct));
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
            var amountKey = $"{prefix}.{nameof(line.Amount)}";
            if (line.Amount is null && ModelState.GetFieldValidationState(amountKey) != ModelValidationState.Invalid)
                ModelState.AddModelError(amountKey, localizer["Dòng {0}: chưa nhập số tiền.", index + 1]);
        }
        if (!ModelState.IsValid) return await FormAsync(model, plan, ct);
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            foreach (var (line, _) in lines)
                plan.Allocate(eligible[line.RecipientId!.Value], model.Tranche!.Value, line.Amount!.Value,
                    model.DecisionNumber!, model.DecisionDate!.Value, line.Note);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã giao kinh phí đợt {0} cho {1} đơn vị.", model.Tranche!.Value, lines.Count);
            return RedirectToAction("Details", "Plans", new { id });
        }, _refusedForm = async () =>
        {
            // Nothing was saved: show the plan as it is in the database, with the officer's input kept.
            db.ChangeTracker.Clear();
            var fresh = await db.AnnualPlans.AsNoTracking().Include(p => p.OwnerUnit).Include(p => p.Allocations)
                .AsSplitQuery().SingleAsync(p => p.Id == id, ct);
            return await FormAsync(model, fresh, ct);
        }, ct);
    }

    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        PlanAccess.Refused(this, statusCode, message, _refusedForm);

    /// <summary>
    /// A recipient must be active in the plan's year (an organisation ended before it is not offered) and, for money
    /// decided after the reform, be one of today's organisations: the refusal names the one that took over.
    /// </summary>
    private async Task CheckRecipientDatesAsync(Organisation recipient, ReferencePeriod planYear,
        DateOnly? decisionDate, string key, CancellationToken ct)
    {
        var generation = recipient.ScopeUnit?.Generation;
        // The decision's date first: its refusal quotes the date, which the officer typed.
        var period = decisionDate is { } date && !ReferencePeriod.ForDate(date).Allows(recipient, generation)
            ? ReferencePeriod.ForDate(date)
            : !planYear.Allows(recipient, generation) ? planYear : null;
        if (period is null) return;
        var replacement = await db.OrganisationReplacementAsync(recipient, ct);
        this.TryBuild<object?>(key, () =>
        {
            period.Require(recipient, recipient.ScopeUnit, replacement);
            return null;
        }, out _);
    }

    /// <summary>
    /// Organisations of the fund's kinds in the plan's area, keyed by id, whatever their dates: which of them a
    /// tranche may go to depends on its decision date (<see cref="ReferencePeriod.ForDate"/>).
    /// </summary>
    private async Task<Dictionary<int, Organisation>> EligibleRecipientsAsync(AnnualPlan plan, CancellationToken ct)
    {
        var kinds = Enum.GetValues<OrganisationKind>().Where(k => Allocation.CanReceive(plan.Fund, k)).ToList();
        var query = db.Organisations.Include(o => o.ScopeUnit).Where(o => kinds.Contains(o.Kind));
        // A province's plan reaches the organisations of its area: the organisations' scope filter, for that area.
        if (plan.OwnerUnitId is { } owner)
            query = query.InScope(UnitScope.Of((await graphs.GetAsync(ct)).ScopeOf(owner)));
        return await query.ToDictionaryAsync(o => o.Id, ct);
    }

    private async Task<IActionResult> FormAsync(TrancheFormModel model, AnnualPlan plan, CancellationToken ct)
    {
        // Any number of rows (the page adds more as needed); a few blank ones to start with.
        while (model.Items.Count < TrancheFormModel.Lines || model.Items[^1].RecipientId is not null)
            model.Items.Add(new TrancheLine());
        model.Plan = PlanSummary.Of(plan);
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
            return new RecipientOption(o.Id, o.ScopeUnit is null ? o.Name : $"{o.Name} – {o.ScopeUnit.Name}", from,
                to, period.Allows(o, o.ScopeUnit?.Generation));
        }).ToList();
        // One tranche number per decision: the page fills the tranche of a decision number already used.
        model.Decisions = plan.Allocations.Where(a => !a.IsCorrection)
            .GroupBy(a => a.DecisionNumber.Trim().ToUpperInvariant())
            .Select(g => new TrancheDecision(g.First().DecisionNumber, g.First().Tranche, g.First().DecisionDate,
                [.. g.Select(a => a.RecipientId).Distinct()]))
            .OrderBy(d => d.Tranche).ToList();
        model.NextTranche = plan.NextTranche;
        return View(FormView, model);
    }

    /// <summary>Today, or the last day a decision for the plan year may have (an old plan's tranche is decided
    /// then).</summary>
    private static DateOnly LatestDecisionDay(int planYear, DateOnly today)
    {
        var last = new DateOnly(planYear + 1, 12, 31);
        return today < last ? today : last;
    }
}
