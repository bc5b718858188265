using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Plans;

/// <summary>
/// Year-end close of a plan by its owner (DOMAIN §11.7) after the checklist: every project not started is carried
/// to next year or cancelled with a reason, every recipient's unspent allocation is returned or carried over
/// (chuyển nguồn), the projects in progress are listed. All of it is one save: a refusal keeps everything as it
/// was. A closed year is reopened only with a reason, recorded and audited.
/// </summary>
[Route("Plans/{id:int}/[action]")]
[Authorize(Policy = Policies.MinistryOrDepartmentOfficers)]
public sealed class YearEndController(
    AppDbContext db, IUserScopeProvider scopes, CurrentActor actors, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : Controller, IRefusalPages
{
    private const string ChecklistView = "~/Features/Plans/Views/YearEnd.cshtml";
    private const string ReopenView = "~/Features/Plans/Views/Reopen.cshtml";

    private Func<Task<IActionResult>>? _refusedForm;

    [HttpGet]
    public async Task<IActionResult> YearEnd(int id, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct);
        if (plan is null) return refusal!;
        var facts = await YearEndChecklist.LoadAsync(db, plan, ct);
        var model = new YearEndFormModel
        {
            Version = plan.Version,
            Projects = [.. facts.NotStarted.Select(p => new ProjectChoice { ProjectId = p.Id })],
            Balances = [.. facts.Balances.Select(b => new BalanceChoice { RecipientId = b.RecipientId })],
        };
        return Checklist(model, plan, facts);
    }

    [HttpPost]
    public async Task<IActionResult> YearEnd(int id, YearEndFormModel model, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct,
            form: async stored => Checklist(model, stored, await YearEndChecklist.LoadAsync(db, stored, ct)));
        if (plan is null) return refusal!;
        var facts = await YearEndChecklist.LoadAsync(db, plan, ct);
        var choices = Validate(model, facts);
        if (!ModelState.IsValid) return Checklist(model, plan, facts);
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            var by = await actors.GetAsync(User, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var today = VietnamTime.Today(clock);
            var ids = choices.Keys.ToList();
            var projects = await db.Projects.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
            var kinds = await db.Organisations.Where(o => projects.Select(p => p.ImplementingOrganisationId)
                .Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Kind, ct);
            foreach (var project in projects)
            {
                var choice = choices[project.Id];
                if (choice.Action == YearEndProjectAction.Carry)
                    project.Carry(by, now, plan.Fund, plan.Year + 1, kinds[project.ImplementingOrganisationId],
                        choice.Reason);
                else
                    project.Stop(by, now, model.DecisionNumber!, today, choice.Reason);
            }
            plan.Close(today, [.. model.Balances.Select(b => new UnspentBalance(b.RecipientId,
                facts.Balances.Single(f => f.RecipientId == b.RecipientId).Allocated,
                facts.Balances.Single(f => f.RecipientId == b.RecipientId).Disbursed, b.Disposition!.Value))],
                model.Note);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã khóa sổ kế hoạch {0} năm {1}.", FundNames.Code(plan.Fund), plan.Year);
            return RedirectToAction("Details", "Plans", new { id });
        }, _refusedForm = async () =>
        {
            db.ChangeTracker.Clear();
            var (fresh, _) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct, allowClosed: true);
            return Checklist(model, fresh!, await YearEndChecklist.LoadAsync(db, fresh!, ct));
        }, ct);
    }

    [HttpGet]
    public async Task<IActionResult> Reopen(int id, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct, allowClosed: true);
        if (plan is null) return refusal!;
        if (!plan.IsClosed) return NotClosed(plan);
        return ReopenForm(new ReopenFormModel { Version = plan.Version }, plan);
    }

    [HttpPost]
    public async Task<IActionResult> Reopen(int id, ReopenFormModel model, CancellationToken ct)
    {
        var (plan, refusal) = await PlanAccess.LoadForChangeAsync(this, db, scopes, id, ct, allowClosed: true);
        if (plan is null) return refusal!;
        db.Entry(plan).Property(p => p.Version).OriginalValue = model.Version;
        return await this.SaveOrShowFormAsync(model, async () =>
        {
            plan.Reopen(VietnamTime.Today(clock), model.Reason);
            await db.SaveChangesAsync(ct);
            TempData.Notice("Đã mở lại kế hoạch {0} năm {1}.", FundNames.Code(plan.Fund), plan.Year);
            return RedirectToAction("Details", "Plans", new { id });
        }, _refusedForm = () => Task.FromResult<IActionResult>(ReopenForm(model, plan)), ct);
    }

    /// <summary>Each not-started project needs an action and a reason, each unspent balance a disposition.</summary>
    private Dictionary<int, ProjectChoice> Validate(YearEndFormModel model, YearEndFacts facts)
    {
        var choices = new Dictionary<int, ProjectChoice>();
        foreach (var project in facts.NotStarted)
        {
            var index = model.Projects.FindIndex(c => c.ProjectId == project.Id);
            var choice = index < 0 ? null : model.Projects[index];
            var key = $"{nameof(model.Projects)}[{Math.Max(index, 0)}]";
            if (choice?.Action is null)
                ModelState.AddModelError($"{key}.{nameof(ProjectChoice.Action)}",
                    localizer["Đề án {0}: hãy chọn chuyển sang năm sau hoặc hủy.", project.Code]);
            else if (string.IsNullOrWhiteSpace(choice.Reason))
                ModelState.AddModelError($"{key}.{nameof(ProjectChoice.Reason)}",
                    localizer["Đề án {0}: hãy ghi lý do.", project.Code]);
            else choices[project.Id] = choice;
        }
        if (model.Projects.Any(c => facts.NotStarted.All(p => p.Id != c.ProjectId)))
            ModelState.AddModelError("",
                localizer["Danh sách đề án chưa triển khai đã thay đổi: hãy xem lại bảng kiểm."]);
        if (choices.Values.Any(c => c.Action == YearEndProjectAction.Cancel)
            && string.IsNullOrWhiteSpace(model.DecisionNumber))
            ModelState.AddModelError(nameof(model.DecisionNumber), localizer["Hủy đề án cần số quyết định."]);
        foreach (var balance in facts.Balances)
        {
            var index = model.Balances.FindIndex(b => b.RecipientId == balance.RecipientId);
            if (index < 0 || model.Balances[index].Disposition is null)
                ModelState.AddModelError(
                    $"{nameof(model.Balances)}[{Math.Max(index, 0)}].{nameof(BalanceChoice.Disposition)}",
                    localizer["{0}: hãy chọn nộp trả hoặc chuyển nguồn số chưa sử dụng.", balance.Recipient]);
            // The projects going on after the close are paid from this balance: returning it would strand them.
            else if (model.Balances[index].Disposition == UnspentDisposition.Returned && balance.Owed.Dong > 0)
                ModelState.AddModelError(
                    $"{nameof(model.Balances)}[{index}].{nameof(BalanceChoice.Disposition)}",
                    localizer["{0}: các đề án đang thực hiện còn được thanh toán {1} triệu đồng; số chưa sử dụng " +
                        "phải chuyển nguồn để các đề án này tiếp tục nghiệm thu, quyết toán.", balance.Recipient,
                        balance.Owed]);
        }
        if (model.Balances.Any(b => facts.Balances.All(f => f.RecipientId != b.RecipientId)))
            ModelState.AddModelError("", localizer["Danh sách số chưa sử dụng đã thay đổi: hãy xem lại bảng kiểm."]);
        return choices;
    }

    private ViewResult Checklist(YearEndFormModel model, AnnualPlan plan, YearEndFacts facts)
    {
        model.PlanId = plan.Id;
        model.Plan = PlanSummary.Of(plan);
        model.Facts = facts;
        return View(ChecklistView, model);
    }

    private ViewResult ReopenForm(ReopenFormModel model, AnnualPlan plan)
    {
        model.PlanId = plan.Id;
        model.Plan = PlanSummary.Of(plan);
        return View(ReopenView, model);
    }

    private IActionResult NotClosed(AnnualPlan plan) => PlanAccess.Refused(this, StatusCodes.Status409Conflict,
        DomainRefusalText.For(new WorkflowException("Kế hoạch {0} năm {1} chưa khóa sổ.", FundNames.Code(plan.Fund),
            plan.Year), localizer), plan.Id);

    IActionResult IRefusalPages.Refused(int statusCode, string message) =>
        PlanAccess.Refused(this, statusCode, message, _refusedForm);
}
