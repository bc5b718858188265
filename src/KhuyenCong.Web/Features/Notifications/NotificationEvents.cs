using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Products;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Features.ProductRounds;

namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// The business events that reach people, each one line in its controller before the step's SaveChanges: who is
/// concerned and what they read. The texts are resource keys (Vietnamese) with an English entry.
/// </summary>
public sealed class NotificationEvents(Notifier notifier)
{
    public const string ProjectSubmitted = "Đề án {0} – {1} đã gửi, chờ thẩm định cơ sở.";
    public const string ProjectRegistered = "Đề án {0} – {1} đã đăng ký với Bộ Công Thương, chờ thẩm định, phê duyệt.";
    public const string ProjectReturned = "Đề án {0} – {1} được trả lại để hoàn thiện: {2}";
    public const string RoundOpened = "Đã mở {0}: nhận hồ sơ từ {1} đến {2}.";
    public const string NominationReturned = "Hồ sơ đề cử gửi {0} được trả lại: {1}";
    public const string ProductCouncilAssigned = "Bạn được phân công vào hội đồng bình chọn {0}.";
    public const string AppraisalCouncilAssigned = "Bạn được phân công vào hội đồng thẩm định đề án KCQG năm {0}.";
    public const string RoundDeadline = "{0} hết hạn nhận hồ sơ ngày {1}.";
    public const string NominationDeadline = "Hồ sơ đề cử gửi {0} chưa được gửi; hạn ngày {1}.";
    public const string RegistrationOpened =
        "Bộ Công Thương đã mở đợt đăng ký kế hoạch KCQG năm {0}; hạn gửi hồ sơ ngày {1}.";
    public const string RegistrationReturned = "Hồ sơ đăng ký kế hoạch KCQG năm {0} được trả lại: {1}";
    public const string HalfYearReportReturned = "Báo cáo 6 tháng đầu năm {0} được trả lại: {1}";
    public const string YearReportReturned = "Báo cáo năm {0} được trả lại: {1}";

    /// <summary>A project step that leaves the project in someone's inbox: its next actors hear of it.</summary>
    public Task ProjectStepAsync(Project project, ProjectAction action, CancellationToken ct)
    {
        var link = $"/Projects/Details/{project.Id}";
        return action switch
        {
            ProjectAction.Submitted => notifier.NotifyAsync(
                [Recipient.RoleCovering(RoleNames.DepartmentOfficer, project.LocationUnitId)],
                ProjectSubmitted, [project.Code, project.Name], link, ct),
            ProjectAction.Registered => notifier.NotifyAsync([Recipient.RoleNationwide(RoleNames.MinistryOfficer)],
                ProjectRegistered, [project.Code, project.Name], link, ct),
            ProjectAction.Returned => notifier.NotifyAsync([Recipient.Author(project.CreatedByUserId)],
                ProjectReturned, [project.Code, project.Name, LastComment(project)], link, ct),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>
    /// A round opened: the officers of the organisations that may take part (its area: the province or commune of a
    /// local round, the covered provinces of a regional one, every province for a national one).
    /// </summary>
    public Task RoundOpenedAsync(ProductRound round, CancellationToken ct) =>
        notifier.NotifyAsync(RoundArea(round), RoundOpened,
            [RoundTitles.Of(round), Date(round.SubmissionOpens), Date(round.SubmissionCloses)],
            $"/ProductRounds?year={round.Year}", ct);

    public Task NominationReturnedAsync(ProductNomination package, ProductRound round, CancellationToken ct) =>
        notifier.NotifyAsync(Senders(package), NominationReturned, [RoundTitles.Of(round), package.ReturnReason],
            $"/Nominations/Details/{package.Id}", ct);

    public Task ProductCouncilAssignedAsync(string userId, ProductRound round, CancellationToken ct) =>
        notifier.NotifyAsync([Recipient.User(userId)], ProductCouncilAssigned, [RoundTitles.Of(round)],
            $"/ProductRounds/Details/{round.Id}", ct);

    public Task AppraisalCouncilAssignedAsync(string userId, Domain.Cycle.AppraisalCouncil council,
        CancellationToken ct) =>
        notifier.NotifyAsync([Recipient.User(userId)], AppraisalCouncilAssigned, [council.Year],
            $"/AppraisalCouncil/Details/{council.Id}", ct);

    /// <summary>The KCQG registration opened (DOMAIN §11 step 1): every province's department hears of it.</summary>
    public Task RegistrationOpenedAsync(Domain.Cycle.RegistrationRound round, CancellationToken ct) =>
        notifier.NotifyAsync([Recipient.RoleWithin(RoleNames.DepartmentOfficer, null)], RegistrationOpened,
            [round.Year, Date(round.Deadline)], "/Registration", ct);

    /// <summary>A province's package returned by the ministry: that province's department, with the reason.</summary>
    public Task RegistrationReturnedAsync(int year, int provinceUnitId, string? reason, int roundId,
        CancellationToken ct) =>
        notifier.NotifyAsync([Recipient.RoleCovering(RoleNames.DepartmentOfficer, provinceUnitId)],
            RegistrationReturned, [year, reason], $"/Registration/{roundId}/Packages/{provinceUnitId}", ct);

    /// <summary>
    /// A province's period report returned by the ministry: that province's department, with the reason.
    /// </summary>
    public Task ReportReturnedAsync(Domain.Cycle.ReportPeriod period, Domain.Cycle.ReportSubmission submission,
        CancellationToken ct) =>
        notifier.NotifyAsync([Recipient.RoleCovering(RoleNames.DepartmentOfficer, submission.ProvinceUnitId)],
            period.Kind == Domain.Cycle.ReportPeriodKind.FirstHalf ? HalfYearReportReturned : YearReportReturned,
            [period.Year, submission.ReturnReason],
            $"/ReportSubmissions/Details/{submission.Id}", ct);

    /// <summary>Once per user per round and deadline, however often and on however many instances it runs.</summary>
    public Task<int> RoundDeadlineAsync(ProductRound round, CancellationToken ct) =>
        notifier.NotifyAsync(RoundArea(round), RoundDeadline, [RoundTitles.Of(round), Date(round.SubmissionCloses)],
            $"/ProductRounds/Details/{round.Id}", ct, $"deadline:round:{round.Id}:{round.SubmissionCloses:yyyy-MM-dd}");

    public Task<int> NominationDeadlineAsync(ProductNomination package, ProductRound round, CancellationToken ct) =>
        notifier.NotifyAsync(Senders(package), NominationDeadline,
            [RoundTitles.Of(round), Date(round.SubmissionCloses)],
            $"/Nominations/Details/{package.Id}", ct,
            $"deadline:nomination:{package.Id}:{round.SubmissionCloses:yyyy-MM-dd}");

    private static IReadOnlyList<Recipient> RoundArea(ProductRound round)
    {
        IReadOnlyCollection<int>? area = round.ScopeUnitId is { } unit ? [unit]
            : round.Level == RoundLevel.Regional && round.Provinces.Count > 0 ? [.. round.Provinces.Select(p => p.Id)]
            : null;
        return [Recipient.RoleWithin(RoleNames.DepartmentOfficer, area, round.OrganiserId),
            Recipient.RoleWithin(RoleNames.LocalOfficer, area, round.OrganiserId)];
    }

    /// <summary>Who sent the package, and the officers of the nominating organisation who send it again.</summary>
    private static IReadOnlyList<Recipient> Senders(ProductNomination package) =>
        [Recipient.User(package.SubmittedByUserId), Recipient.RoleIn(RoleNames.DepartmentOfficer, package.NominatorId),
            Recipient.RoleIn(RoleNames.LocalOfficer, package.NominatorId)];

    private static string LastComment(Project project) =>
        // The step just taken is the last one added (its id is not known before the save).
        project.History.LastOrDefault(h => h.Action == ProjectAction.Returned)?.Comment ?? "";

    private static string Date(DateOnly date) => Infrastructure.VietnamTime.Date(date);
}
