using KhuyenCong.Data;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// The project form's server side (drafting and editing, <see cref="ProjectsController"/>): checks what the form
/// refers to (place, implementer, content, beneficiaries, all inside the user's area and valid for the plan year)
/// and builds the cost lines; each problem is a message on its field, in the user's language.
/// </summary>
public sealed class ProjectFormReader(AppDbContext db, IUserScopeProvider scopes, CurrentActor actors,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>What a valid form gives the domain: the draft, its cost lines, and the province for the code.</summary>
    public sealed record Input(ProjectDraft Draft, List<CostLine> Lines, string ProvinceName);

    /// <summary>The form's content as the domain takes it; null when anything is wrong (messages set).</summary>
    public async Task<Input?> ReadAsync(Controller controller, ProjectFormModel model, CancellationToken ct)
    {
        var modelState = controller.ModelState;
        var scope = await scopes.GetAsync(controller.User, ct);
        // The plan year decides which units and organisations the project may refer to (DOMAIN §10).
        var period = model.Year is { } year
            && modelState.GetFieldValidationState(nameof(model.Year)) != ModelValidationState.Invalid
            ? ProjectPickers.PeriodOf(year, VietnamTime.Today(clock)) : null;
        var location = await LocationAsync(controller, model, scope, period, ct);
        await CheckImplementerAsync(controller, model, scope, period, ct);
        if (model.ActivityContentId is { } contentId
            && !await db.ActivityContents.AnyAsync(c => c.Id == contentId, ct))
            modelState.AddModelError(nameof(model.ActivityContentId),
                localizer["Nội dung khuyến công không có trong danh mục."]);
        await CheckBeneficiariesAsync(modelState, model, scope, ct);
        var lines = CostLines(controller, model);
        if (!modelState.IsValid) return null;

        var provinceName = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && u.Generation == location!.Generation
                && u.Code == location.ProvinceCode)
            .Select(u => u.Name).SingleAsync(ct);
        var draft = new ProjectDraft(model.Name!, model.Kind!.Value, model.Fund!.Value, model.Year!.Value,
            model.ActivityContentId!.Value,
            model.ImplementingOrganisationId!.Value, location!.Id, location.ProvinceCode,
            model.Objectives, model.ExpectedResults,
            new ProjectIndicators(model.EstablishmentsSupported, model.WorkersTrained, model.Machines,
                model.DemonstrationModels, model.Jobs),
            model.StartDate, model.EndDate);
        return new Input(draft, lines, provinceName);
    }

    /// <summary>The place typed: a district or commune of the user's area, in force in the plan year.</summary>
    private async Task<AdministrativeUnit?> LocationAsync(Controller controller, ProjectFormModel model,
        UnitScope scope, Domain.Reform.ReferencePeriod? period, CancellationToken ct)
    {
        if (model.LocationGeneration is not { } generation || string.IsNullOrWhiteSpace(model.LocationCode))
            return null;
        var code = model.LocationCode.Trim();
        var location = await db.AdministrativeUnits.AsNoTracking().InScope(scope)
            .SingleOrDefaultAsync(u => u.Generation == generation && u.Code == code, ct);
        var key = nameof(model.LocationCode);
        if (location is null)
            controller.ModelState.AddModelError(key,
                localizer["Không có huyện/xã mã {0} trong địa bàn của bạn.", code]);
        else if (location.Level == UnitLevel.Province)
            controller.ModelState.AddModelError(key,
                localizer["Hãy chọn huyện hoặc xã nơi thực hiện đề án, không chọn cả tỉnh."]);
        else if (period is not null && !period.Allows(location))
        {
            var replacement = await db.UnitReplacementAsync(location, ct);
            Refuse(controller, key, () => period.Require(location, replacement));
        }
        return location;
    }

    private async Task CheckImplementerAsync(Controller controller, ProjectFormModel model, UnitScope scope,
        Domain.Reform.ReferencePeriod? period, CancellationToken ct)
    {
        if (model.ImplementingOrganisationId is not { } orgId || model.Fund is not { } fund) return;
        var key = nameof(model.ImplementingOrganisationId);
        var organisation = await db.Implementers(scope, await actors.GetAsync(controller.User, ct))
            .Include(o => o.ScopeUnit).SingleOrDefaultAsync(o => o.Id == orgId, ct);
        if (organisation is null)
            controller.ModelState.AddModelError(key, localizer["Đơn vị thực hiện không thuộc phạm vi của bạn."]);
        else if (!Allocation.CanReceive(fund, organisation.Kind))
            controller.ModelState.AddModelError(key,
                localizer["{0} không nhận kinh phí {1} nên không thực hiện được đề án này.", organisation.Name,
                    FundNames.Code(fund)]);
        else if (period is not null && !period.Allows(organisation, organisation.ScopeUnit?.Generation))
        {
            var replacement = await db.OrganisationReplacementAsync(organisation, ct);
            Refuse(controller, key, () => period.Require(organisation, organisation.ScopeUnit, replacement));
        }
    }

    /// <summary>Every chosen beneficiary exists and lies in the user's area (a form's ids are never trusted).</summary>
    private async Task CheckBeneficiariesAsync(ModelStateDictionary modelState, ProjectFormModel model,
        UnitScope scope, CancellationToken ct)
    {
        model.BeneficiaryIds = model.BeneficiaryIds.Distinct().ToList();
        if (model.BeneficiaryIds.Count == 0) return;
        var ids = model.BeneficiaryIds;
        var found = await db.Establishments.AsNoTracking().InScope(scope).CountAsync(e => ids.Contains(e.Id), ct);
        if (found != ids.Count)
            modelState.AddModelError(nameof(model.BeneficiaryIds),
                localizer["Có cơ sở thụ hưởng không tồn tại hoặc không thuộc địa bàn của bạn."]);
    }

    /// <summary>The filled cost lines, numbered in order; a blank row is skipped, a half-filled one refused.</summary>
    private List<CostLine> CostLines(Controller controller, ProjectFormModel model)
    {
        var modelState = controller.ModelState;
        var lines = new List<CostLine>();
        var order = 0;
        for (var i = 0; i < model.CostLines.Count; i++)
        {
            var line = model.CostLines[i];
            if (line.IsBlank) continue;
            order++;
            var prefix = $"{nameof(model.CostLines)}[{i}]";
            if (string.IsNullOrWhiteSpace(line.Item))
                modelState.AddModelError($"{prefix}.{nameof(line.Item)}",
                    localizer["Dòng dự toán {0}: chưa nhập nội dung chi.", i + 1]);
            if (line.Total is null && modelState.GetFieldValidationState($"{prefix}.{nameof(line.Total)}")
                != ModelValidationState.Invalid)
                modelState.AddModelError($"{prefix}.{nameof(line.Total)}",
                    localizer["Dòng dự toán {0}: chưa nhập tổng kinh phí.", i + 1]);
            if (!modelState.IsValid) continue;
            var number = order;
            if (controller.TryBuild($"{prefix}.{nameof(line.Total)}",
                    () => new CostLine(number, line.Item!, line.Total!.Value, line.FundSupport ?? Vnd.Zero,
                        line.Contribution ?? Vnd.Zero, line.OtherSources ?? Vnd.Zero, line.Note),
                    out var built))
                lines.Add(built!);
        }
        return lines;
    }

    /// <summary>A domain refusal as a message on the field it concerns.</summary>
    private static void Refuse(Controller controller, string key, Action check) =>
        controller.TryBuild<object?>(key, () =>
        {
            check();
            return null;
        }, out _);
}
