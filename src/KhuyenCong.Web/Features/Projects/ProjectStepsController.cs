using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Data;
using KhuyenCong.Data.Projects;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The workflow steps of DOMAIN §5, one POST each. Every step: outside scope → 404, role missing → 403,
/// not allowed from the current state → 409, own project → 403, a rule refused → the page again with the
/// reason and the typed values; nothing is saved in any of these cases. A history row is written with the change.
/// A step the separation of duties gives to someone else (<see cref="Project.Duties"/>) → 403 naming the rule.
/// </summary>
[Route("Projects/{id:int}/[action]")]
[Authorize(Policy = Policies.BusinessReaders)]
public sealed class ProjectStepsController(
    AppDbContext db, IUserScopeProvider scopes, CurrentActor actors, ProjectRules rules, ProjectDetailsQuery details,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer, Notifications.NotificationEvents notify,
    Registration.PackageStepGuard packages)
    : Controller, IRefusalPages
{
    [HttpPost]
    public Task<IActionResult> Submit(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Submitted, form, async (p, by, now) =>
        {
            var content = await db.ActivityContents.Where(c => c.Id == p.ActivityContentId)
                .Select(c => c.Code).SingleAsync(ct);
            p.Submit(by, now, content, await rules.CapAsync(p, Today, ct), form.Comment);
        }, "Đã gửi đề án.", ct);

    [HttpPost]
    public Task<IActionResult> Return(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Returned, form, (p, by, now) => Done(() => p.Return(by, now, form.Comment)),
            "Đã trả lại đề án để hoàn thiện.", ct);

    [HttpPost]
    public Task<IActionResult> Appraise(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.BaseAppraised, form, (p, by, now) => Done(() =>
            p.AppraiseBase(by, now, Required(form.Score, "điểm thẩm định"),
                Required(form.Amount, "kinh phí đề nghị sau thẩm định"), form.Comment)),
            "Đã ghi kết quả thẩm định cơ sở.", ct);

    [HttpPost]
    public Task<IActionResult> Register(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Registered, form, (p, by, now) => Done(() => p.Register(by, now, form.Comment)),
            "Đã đăng ký đề án với Bộ Công Thương.", ct);

    [HttpPost]
    public Task<IActionResult> Approve(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Approved, form, async (p, by, now) =>
            p.Approve(by, now, form.Score, Required(form.Amount, "kinh phí phê duyệt"),
                Required(form.DecisionNumber, "số quyết định"),
                Required(form.DecisionDate, "ngày quyết định"),
                // Caps by the approval decision's date (Decree 235/2025/NĐ-CP), not today's.
                await rules.CapAsync(p, form.DecisionDate ?? Today, ct), form.Comment),
            "Đã phê duyệt đề án.", ct);

    [HttpPost]
    public Task<IActionResult> Reject(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Rejected, form, (p, by, now) => Done(() => p.Reject(by, now, form.Comment)),
            "Đã ghi nhận không phê duyệt.", ct);

    [HttpPost]
    public Task<IActionResult> Start(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Started, form, async (p, by, now) =>
        {
            await rules.GuardAllocationAsync(p, ct);
            p.Start(by, now, Required(form.DecisionNumber, "số hợp đồng"),
                Required(form.DecisionDate, "ngày ký hợp đồng"), await rules.HeadroomAsync(p, ct), form.Comment);
        },
            "Đã ghi hợp đồng; đề án đang thực hiện.", ct);

    [HttpPost]
    public Task<IActionResult> Disburse(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Disbursed, form, (p, by, now) => Done(() =>
            p.Disburse(by, now, form.DisbursementKind ?? DisbursementKind.Payment,
                Required(form.DecisionNumber, "số chứng từ"),
                Required(form.DecisionDate, "ngày chứng từ"),
                // A payment may only settle an advance (no new money): then the amount is left empty.
                form.Amount ?? (form.AdvanceCleared is null ? Required(form.Amount, "số tiền giải ngân") : Vnd.Zero),
                form.Comment, form.AdvanceCleared)),
            "Đã ghi giải ngân.", ct);

    [HttpPost]
    public Task<IActionResult> Accept(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Accepted, form, (p, by, now) => Done(() =>
            p.Accept(by, now, Required(form.DecisionNumber, "số biên bản nghiệm thu"),
                Required(form.DecisionDate, "ngày nghiệm thu"), form.Comment)),
            "Đã ghi nghiệm thu.", ct);

    [HttpPost]
    public Task<IActionResult> Settle(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Settled, form, (p, by, now) => Done(() =>
            p.Settle(by, now, MoneyForms.LineActuals(p, form),
                Required(form.DecisionNumber, "số quyết định quyết toán"),
                Required(form.DecisionDate, "ngày quyết định"), form.Comment)),
            "Đã ghi quyết toán.", ct);

    [HttpPost]
    public Task<IActionResult> Reverse(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Reversed, form, (p, by, now) => Done(() =>
            p.Reverse(by, now, MoneyForms.Entry(p, form),
                Required(form.DecisionNumber, "số chứng từ của bút toán điều chỉnh"),
                Required(form.DecisionDate, "ngày của bút toán điều chỉnh"),
                form.Amount ?? Vnd.Zero, form.AdvanceCleared ?? Vnd.Zero, form.Comment)),
            "Đã ghi bút toán điều chỉnh giảm.", ct);

    [HttpPost]
    public Task<IActionResult> Recover(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Recovered, form, (p, by, now) => Done(() =>
            p.Recover(by, now, Required(form.DecisionNumber, "số giấy nộp trả kinh phí"),
                Required(form.DecisionDate, "ngày nộp trả kinh phí"), Required(form.Amount, "số thu hồi"),
                form.Comment)),
            "Đã ghi thu hồi kinh phí.", ct);

    [HttpPost]
    public Task<IActionResult> Close(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Closed, form, (p, by, now) => Done(() => p.Close(by, now, form.Comment)),
            "Đã đóng đề án.", ct);

    [HttpPost]
    public Task<IActionResult> Adjust(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Adjusted, form, async (p, by, now) =>
        {
            await rules.GuardAllocationAsync(p, ct);
            p.Adjust(by, now, Required(form.Amount, "kinh phí sau điều chỉnh"),
                Required(form.DecisionNumber, "số quyết định"),
                Required(form.DecisionDate, "ngày quyết định"), form.Comment,
                // Re-checked against the rules the project was approved under (Decree 235/2025/NĐ-CP).
                await rules.CapAsync(p, p.ApprovalDecisionDate ?? Today, ct),
                await rules.HeadroomAsync(p, ct));
        },
            "Đã điều chỉnh kinh phí phê duyệt.", ct);

    [HttpPost]
    public Task<IActionResult> Stop(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Stopped, form, (p, by, now) => Done(() =>
            p.Stop(by, now, Required(form.DecisionNumber, "số quyết định"),
                Required(form.DecisionDate, "ngày quyết định"), form.Comment)),
            "Đã dừng thực hiện đề án.", ct);

    [HttpPost]
    public Task<IActionResult> Carry(int id, StepFormModel form, CancellationToken ct) =>
        StepAsync(id, ProjectAction.Carried, form, async (p, by, now) =>
        {
            var kind = await db.Organisations.Where(o => o.Id == p.ImplementingOrganisationId)
                .Select(o => o.Kind).SingleAsync(ct);
            p.Carry(by, now, Required(form.ToFund, "nguồn kinh phí mới"),
                Required(form.ToYear, "năm kế hoạch"), kind, form.Comment);
        }, "Đã chuyển đề án; đề án chờ phê duyệt lại theo nguồn và năm mới.", ct);

    /// <summary>The step being taken, for a refusal thrown while it runs.</summary>
    private (ProjectAction Action, StepFormModel Form)? _step;

    private DateOnly Today => VietnamTime.Today(clock);

    private static Task Done(Action step)
    {
        step();
        return Task.CompletedTask;
    }

    private static T Required<T>(T? value, string name) where T : struct => Guard.Required(value, name);

    private static string Required(string? value, string name) => Guard.Required(value, name);

    private async Task<IActionResult> StepAsync(int id, ProjectAction action, StepFormModel form,
        Func<Project, Actor, DateTime, Task> step, string notice, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(User, ct);
        var project = await db.Projects.InScope(scope).Include(p => p.CostLines).Include(p => p.Beneficiaries)
            .Include(p => p.Disbursements).Include(p => p.History)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return NotFound();
        var actor = await actors.GetAsync(User, ct);
        // Refused before the form's fields: the project's page again, with the reason and what was typed (issue 15),
        // in the user's language. The page offers no form for such a step (ProjectDetailsQuery asks the same rules).
        if (!ProjectRoles.MayTake(User, action, project, actor, scope.IsNationwide))
            return await RefusedPageAsync(id, action, form, StatusCodes.Status403Forbidden,
                localizer["Vai trò của bạn không thực hiện bước \"{0}\" cho đề án này.",
                    localizer[ProjectNames.Action(action)]]);
        if (!project.Allows(action))
            return await RefusedPageAsync(id, action, form, StatusCodes.Status409Conflict,
                localizer["Không thể thực hiện \"{0}\" khi đề án đang ở trạng thái \"{1}\".",
                    localizer[ProjectNames.Action(action)], localizer[ProjectNames.Status(project.Status)]]);
        // In a year with a registration round, registering and the ministry's return go through the province package.
        if (await packages.RefusalAsync(project, action, ct) is { } packageStep)
            return await RefusedPageAsync(id, action, form, StatusCodes.Status409Conflict,
                DomainRefusalText.For(packageStep, localizer));
        if (project.DutyRefusal(action, actor) is { } refusal)
            return await RefusedPageAsync(id, action, form, StatusCodes.Status403Forbidden,
                DomainRefusalText.For(refusal, localizer));
        _step = (action, form);

        if (!ModelState.IsValid)
        {
            // The step's form sits on the details page, whose summary shows model-level messages only.
            var errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage);
            ModelState.AddModelError("", string.Join(" ", errors));
            return await details.StepPageAsync(this, id, action, form, null, ct);
        }
        db.Entry(project).Property(p => p.Version).OriginalValue = form.Version;
        return await this.SaveOrShowFormAsync(form, async () =>
        {
            await step(project, actor, clock.GetUtcNow().UtcDateTime);
            // A step that only adds rows (a payment settling an advance, its reversal) still moves the project's
            // version, so two concurrent steps on one project cannot both pass on the same page.
            var entry = db.Entry(project);
            if (entry.State == EntityState.Unchanged) entry.Property(p => p.UpdatedAtUtc).IsModified = true;
            await notify.ProjectStepAsync(project, action, ct);
            await db.SaveChangesAsync(ct);
            TempData.Notice(notice);
            return RedirectToAction("Details", "Projects", new { id });
        }, () => details.StepPageAsync(this, id, action, form, null, ct), ct);
    }

    /// <summary>
    /// A state or actor refusal thrown by the step itself: the same page as the checks above give, when the step is
    /// known (it always is for the step actions; the bare refusal page otherwise).
    /// </summary>
    IActionResult IRefusalPages.Refused(int statusCode, string message) => _step is { } step
        ? new DeferredPageResult(() => RefusedPageAsync(
            Convert.ToInt32(RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture),
            step.Action, step.Form, statusCode, message))
        : ProjectResults.Refused(this, statusCode, message);

    /// <summary>
    /// Nothing was saved: the project's page with the reason and the values typed in the step's form.
    /// </summary>
    private Task<IActionResult> RefusedPageAsync(int id, ProjectAction action, StepFormModel form, int status,
        string reason) =>
        details.StepPageAsync(this, id, action, form, new StepRefusal(status, reason), HttpContext.RequestAborted);
}
