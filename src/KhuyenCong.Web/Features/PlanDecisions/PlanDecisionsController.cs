using KhuyenCong.Data;
using KhuyenCong.Data.Projects;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AppraisalCouncil;
using KhuyenCong.Web.Features.Organisations;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.PlanDecisions;

/// <summary>
/// One plan decision per step (DOMAIN §11 step 4): the ministry approves or rejects the registered KCQG projects of
/// a year under one decision number and date; a department records its People's Committee's decision approving its
/// base-appraised KCĐP projects. All or nothing: a project refused and nothing is saved, the form comes back with the
/// reason on that project's row. Role missing → 403, a project outside the user's area → 404. The decisions are read
/// like the other business registers (leaders included); only the deciding roles take them.
/// </summary>
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class PlanDecisionsController(AppDbContext db, IUserScopeProvider scopes, CurrentActor actors,
    ProjectRules rules, PlanDecisionCandidates candidates, CouncilProjects council, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    private const string Duplicate = "Số quyết định này đã được ghi; hãy kiểm tra lại số quyết định.";
    private const string NotInPackage = "Đề án {0} không có trong hồ sơ đăng ký kế hoạch KCQG năm {1} nào đang gửi "
        + "Bộ: không đưa vào quyết định được.";

    /// <summary>The decision's form, as typed, for a refusal of its save (null outside a save).</summary>
    private Func<Task<IActionResult>>? _refusedForm;

    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var query = db.PlanDecisions.AsNoTracking().InScope(scope);
        var rows = await query.OrderByDescending(d => d.Year).ThenByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new
            {
                d.Id, d.Fund, d.Year, d.Number, d.Date, d.RecorderOrganisationId,
                Approved = d.Items.Count(i => i.Outcome == PlanOutcome.Approved),
                Rejected = d.Items.Count(i => i.Outcome == PlanOutcome.Rejected),
                Amount = d.Items.Sum(i => i.AmountDong ?? 0),
            }).ToListAsync(ct);
        var list = new List<PlanDecisionRowView>();
        foreach (var d in rows)
            list.Add(new PlanDecisionRowView(d.Id, d.Fund, d.Year, d.Number, d.Date,
                await db.OrganisationNameOnAsync(d.RecorderOrganisationId, d.Date, ct), d.Approved, d.Rejected,
                d.Amount));
        return View(new PlanDecisionIndexViewModel
        {
            Decisions = list, CanDecideKcqg = MayDecide(Fund.Kcqg, scope), CanDecideKcdp = MayDecide(Fund.Kcdp, scope),
            Year = VietnamTime.Today(clock).Year,
        });
    }

    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var decision = await db.PlanDecisions.AsNoTracking().Include(d => d.Items)
            .SingleOrDefaultAsync(d => d.Id == id, ct);
        var scope = await scopes.GetAsync(User, ct);
        if (decision is null || !scope.Sees(decision)) return NotFound();
        var items = decision.Items.OrderBy(i => i.Outcome).ThenBy(i => i.ProjectCode).ToList();
        if (!scope.IsNationwide)
        {
            // The national decision lists every province's projects; a province reads its own lines.
            var ids = items.Select(i => i.ProjectId).ToList();
            var mine = await db.Projects.AsNoTracking().InScope(scope).Where(p => ids.Contains(p.Id))
                .Select(p => p.Id).ToListAsync(ct);
            items = [.. items.Where(i => mine.Contains(i.ProjectId))];
        }
        var province = decision.ScopeUnitId is { } u
            ? await db.AdministrativeUnits.Where(a => a.Id == u).Select(a => a.Name).SingleAsync(ct)
            : null;
        return View(new PlanDecisionDetailsViewModel
        {
            Decision = decision, Province = province, Items = items,
            HiddenItems = decision.Items.Count - items.Count,
            Recorder = await db.OrganisationNameOnAsync(decision.RecorderOrganisationId, decision.Date, ct),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Create(Fund fund, int? year, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        if (!MayDecide(fund, scope)) return Forbid();
        var model = new PlanDecisionFormModel
        {
            Fund = fund, Year = year ?? VietnamTime.Today(clock).Year, Date = VietnamTime.Today(clock),
        };
        return await FormAsync(model, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Create(PlanDecisionFormModel model, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        if (!MayDecide(model.Fund, scope)) return Forbid();
        var chosen = model.Rows.Where(r => r.Choice != PlanRowChoice.Omit).ToList();
        var ids = chosen.Select(r => r.ProjectId).Distinct().ToList();
        var projects = await db.Projects.Include(p => p.CostLines).Include(p => p.Beneficiaries).Include(p => p.History)
            .AsSplitQuery().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        // Never trust an id from a form: a project outside the user's area is not there.
        if (projects.Count != ids.Count || projects.Any(p => !scope.Sees(p))) return NotFound();
        if (ids.Count != chosen.Count)
            ModelState.AddModelError("", localizer["Mỗi đề án chỉ có một dòng trong quyết định."]);
        var organisation = (await scopes.GetOrganisationAsync(User, ct))!;
        var number = model.Number?.Trim();
        if (number is not null && await db.PlanDecisions.AnyAsync(d => d.RecorderOrganisationId == organisation.Id
                && d.Number == number, ct))
            ModelState.AddModelError(nameof(model.Number), localizer[Duplicate]);
        if (!ModelState.IsValid) return await FormAsync(model, ct);

        var actor = await actors.GetAsync(User, ct);
        var byId = projects.ToDictionary(p => p.Id);
        foreach (var row in chosen)
        {
            var step = row.Choice == PlanRowChoice.Reject ? ProjectAction.Rejected : ProjectAction.Approved;
            if (!ProjectRoles.MayTake(User, step, byId[row.ProjectId], actor, scope.IsNationwide))
                row.Refusal = localizer["Vai trò của bạn không thực hiện bước \"{0}\" cho đề án này.",
                    localizer[ProjectNames.Action(step)].Value].Value;
        }
        // In a year with a registration round the decision takes the provinces' packages, not stray registrations.
        if (await candidates.PackageListAsync(model.Fund, model.Year, ct) is { } listed)
            foreach (var row in chosen.Where(r => r.Refusal is null && !listed.Contains(r.ProjectId)))
                row.Refusal = localizer[NotInPackage, byId[row.ProjectId].Code, model.Year].Value;
        if (chosen.Any(r => r.Refusal is not null))
        {
            // The same words as the domain's refusal of the whole decision.
            var refused = new PlanDecisionRefusedException([.. chosen.Where(r => r.Refusal is not null)
                .Select(r => new ProjectRefusal(r.ProjectId, "", new DomainException(r.Refusal!)))]);
            ModelState.AddModelError("", DomainRefusalText.For(refused, localizer));
            return await FormAsync(model, ct);
        }

        var date = model.Date!.Value;
        var means = model.Fund == Fund.Kcqg ? await MeansAsync(model.Year, ct) : [];
        var choices = new List<PlanChoice>();
        foreach (var row in chosen)
        {
            var project = byId[row.ProjectId];
            db.Entry(project).Property(p => p.Version).OriginalValue = row.Version;
            choices.Add(new PlanChoice(project,
                row.Choice == PlanRowChoice.Reject ? PlanOutcome.Rejected : PlanOutcome.Approved, row.Score,
                row.Amount, means.GetValueOrDefault(project.Id), row.Reason,
                row.Choice == PlanRowChoice.Approve ? await rules.CapAsync(project, date, ct) : null));
        }
        var header = new PlanDecisionHeader(model.Fund, model.Year, number, date, organisation.Id,
            model.Fund == Fund.Kcdp ? organisation.ScopeUnitId : null, model.Note);
        return await this.SaveOrShowFormAsync(null, async () =>
        {
            // Separation of duties answers 403 naming the rule, as on the project page: the first project it refuses.
            foreach (var choice in choices)
            {
                var step = choice.Outcome == PlanOutcome.Rejected ? ProjectAction.Rejected : ProjectAction.Approved;
                if (choice.Project.DutyRefusal(step, actor) is { } duty) throw duty;
            }
            // Each refused project's reason goes onto its row; the whole refusal then shows the form again.
            var decision = RefusalParts.Spread<PlanDecision, PlanDecisionRefusedException>(
                () => PlanDecision.Take(header, choices, actor, clock.GetUtcNow().UtcDateTime),
                refused =>
                {
                    foreach (var refusal in refused.Refusals)
                        chosen.Single(r => r.ProjectId == refusal.ProjectId).Refusal =
                            DomainRefusalText.For(refusal.Reason, localizer);
                });
            db.PlanDecisions.Add(decision);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã ghi quyết định phê duyệt kế hoạch.");
            return RedirectToAction(nameof(Details), new { id = decision.Id });
        }, _refusedForm = () => FormAsync(model, ct), ct, duplicate: Duplicate);
    }

    /// <summary>
    /// Separation of duties (403) or a project's state (409) met by the save: the decision's form again as typed, each
    /// project's reason on its row, the refusal's status.
    /// </summary>
    IActionResult IRefusalPages.Refused(int statusCode, string message) => _refusedForm is { } form
        ? RefusedForm.Again(this, statusCode, message, form)
        : StatusCode(statusCode);

    /// <summary>The ministry decides the national plan; a provincial department records its province's.</summary>
    private bool MayDecide(Fund fund, Domain.AdministrativeUnits.UnitScope scope) => fund == Fund.Kcqg
        ? Policies.Allows(User, Policies.MinistryOfficer)
        : Policies.Allows(User, Policies.DepartmentOfficer) && !scope.IsNationwide;

    private async Task<Dictionary<int, double?>> MeansAsync(int year, CancellationToken ct)
    {
        var id = await db.AppraisalCouncils.Where(c => c.Year == year).Select(c => (int?)c.Id)
            .SingleOrDefaultAsync(ct);
        if (id is null) return [];
        return (await council.TalliesAsync(id.Value, ct)).ToDictionary(t => t.Key, t => t.Value.Mean);
    }

    /// <summary>The form as stored now, with what was typed and each project's reason; nothing was saved.</summary>
    private async Task<IActionResult> FormAsync(PlanDecisionFormModel model, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        RowErrorsToRows(model.Rows);
        var scope = await scopes.GetAsync(User, ct);
        var (rows, hasCouncil) = await candidates.RowsAsync(model.Fund, model.Year, scope, model.Rows, ct);
        model.Rows = rows;
        model.HasCouncil = hasCouncil;
        var organisation = await scopes.GetOrganisationAsync(User, ct);
        model.Authority = model.Fund == Fund.Kcqg || organisation?.ScopeUnitId is not { } unit
            ? ""
            : await db.AdministrativeUnits.Where(a => a.Id == unit).Select(a => a.Name).SingleAsync(ct);
        return View("Create", model);
    }

    /// <summary>
    /// The list is read again and may be ordered otherwise than what was posted (a project registered meanwhile), so
    /// the posted row fields leave the model state: a row's input error goes onto its project's row, by project.
    /// </summary>
    private void RowErrorsToRows(List<PlanDecisionRow> posted)
    {
        var rowErrors = false;
        foreach (var (key, entry) in ModelState.Where(e => e.Key.StartsWith("Rows[", StringComparison.Ordinal))
                     .ToList())
        {
            var end = key.IndexOf(']', StringComparison.Ordinal);
            if (entry is { Errors.Count: > 0 } && end > 5
                && int.TryParse(key[5..end], System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index >= 0 && index < posted.Count)
            {
                var row = posted[index];
                row.Refusal = string.Join(" ", new[] { row.Refusal }
                    .Concat(entry.Errors.Select(e => e.ErrorMessage)).Where(t => !string.IsNullOrEmpty(t)));
                rowErrors = true;
            }
            ModelState.Remove(key);
        }
        if (rowErrors && ModelState.IsValid)
            ModelState.AddModelError("", localizer["Có đề án chưa hợp lệ; xem lý do ở từng đề án."].Value);
    }
}
