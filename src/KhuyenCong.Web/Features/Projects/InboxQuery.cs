using System.Linq.Expressions;
using System.Security.Claims;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// "Việc cần xử lý": the projects waiting for this user's action, by the same role × step matrix as the
/// steps themselves and the same separation of duties (<see cref="Project.Duties"/>): a step the user may not take
/// on a project is nobody's work of theirs.
/// </summary>
public sealed class InboxQuery(AppDbContext db, IUserScopeProvider scopes, CurrentActor actors,
    Infrastructure.Caching.UserFigureCache figures)
{
    /// <param name="Total">How many projects the bucket holds; <paramref name="Items"/> are the first.</param>
    public sealed record Bucket(string Title, ProjectStatus Status, IReadOnlyList<InboxItem> Items, int Total)
    {
        /// <summary>The inbox shows a bucket's first rows only: the rest are on its own page.</summary>
        public bool HasMore => Total > Items.Count;
    }

    public sealed record InboxItem(int Id, string Code, string Name, ProjectStatus Status, Fund Fund);

    /// <summary>Rows a bucket shows in the inbox, and per page of the bucket's own list.</summary>
    public const int PageSize = 50;

    public async Task<IReadOnlyList<Bucket>> LoadAsync(ClaimsPrincipal user, CancellationToken ct, int take = PageSize)
    {
        var result = new List<Bucket>();
        IReadOnlyList<int>? counts = null;
        foreach (var (title, status, query) in await BucketsAsync(user, ct))
        {
            var items = await Items(query).Take(take).ToListAsync(ct);
            // Only a full bucket needs its count, which the badge has already made (or makes for it).
            var total = items.Count;
            if (items.Count == take)
                total = Math.Max(total, (counts ??= await CountsAsync(user, ct))[result.Count]);
            result.Add(new Bucket(title, status, items, total));
        }
        return result;
    }

    /// <summary>
    /// One bucket's projects a page at a time (the inbox shows each bucket's first <see cref="PageSize"/>); null when
    /// the user has no such bucket.
    /// </summary>
    public async Task<(Bucket Bucket, PagedList<InboxItem> Page)?> LoadBucketAsync(ClaimsPrincipal user,
        ProjectStatus status, int page, CancellationToken ct)
    {
        var buckets = await BucketsAsync(user, ct);
        var index = buckets.FindIndex(b => b.Status == status);
        if (index < 0) return null;
        var (title, _, query) = buckets[index];
        var total = (await CountsAsync(user, ct))[index];
        var list = new PagedList<InboxItem>([], 1, PageSize, total);
        page = Math.Clamp(page, 1, list.PageCount);
        var items = await Items(query).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (new Bucket(title, status, items, total), list with { Items = items, Page = page });
    }

    /// <summary>
    /// How many projects wait for the user, for the badge in the navigation of every page: one COUNT per bucket,
    /// computed once per change of the data (issue 16: at national scale the counts cost ~100 ms a page).
    /// </summary>
    public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken ct) =>
        (await CountsAsync(user, ct)).Sum();

    /// <summary>Each bucket's count, in the buckets' order, kept until the data changes.</summary>
    private Task<IReadOnlyList<int>> CountsAsync(ClaimsPrincipal user, CancellationToken ct) =>
        figures.GetOrComputeAsync<IReadOnlyList<int>>(user, "inbox-buckets", async () =>
        {
            var counts = new List<int>();
            foreach (var (_, _, query) in await BucketsAsync(user, ct)) counts.Add(await query.CountAsync(ct));
            return counts.AsReadOnly();
        }, ct);

    /// <summary>A bucket's rows in the inbox's order (its index: Status, Fund, Code).</summary>
    private static IQueryable<InboxItem> Items(IQueryable<Project> bucket) => bucket.OrderBy(p => p.Code)
        .Select(p => new InboxItem(p.Id, p.Code, p.Name, p.Status, p.Fund));

    private async Task<List<(string Title, ProjectStatus Status, IQueryable<Project> Query)>> BucketsAsync(
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true || !Policies.Allows(user, Policies.Officers)) return [];
        var scope = await scopes.GetAsync(user, ct);
        var me = await actors.GetAsync(user, ct);
        // A successor's officers sign the contracts of their predecessors' approved projects too.
        var mine = me.OrganisationIds.ToList();
        var projects = db.Projects.AsNoTracking().InScope(scope);
        var buckets = new List<(string Title, ProjectStatus Status, IQueryable<Project> Query)>();
        // As in ProjectRoles.MayTake: the department role acts only from a provincial organisation.
        var department = ProjectRoles.IsDepartment(user, scope.IsNationwide);
        var ministry = ProjectRoles.IsMinistry(user);

        if (ProjectRoles.MayDraft(user))
            buckets.Add(("Dự thảo của bạn, chưa gửi", ProjectStatus.Draft,
                projects.Where(p => p.Status == ProjectStatus.Draft && p.CreatedByUserId == me.UserId)));
        // Each bucket counts only what the user may take, by the separation of duties too (Project.Duties).
        IQueryable<Project> Waiting(ProjectStatus status, ProjectAction step) =>
            ApprovingFund(projects.Where(p => p.Status == status), step, me).Where(Project.DutiesAllow(step, me));
        if (department)
        {
            buckets.Add(("Chờ thẩm định cơ sở", ProjectStatus.Submitted,
                Waiting(ProjectStatus.Submitted, ProjectAction.BaseAppraised)));
            // In a plan year with a registration round a KCQG project is registered only in the province's
            // package (Domain/Cycle/PackageSteps): not one by one here; the open round's package is shown instead.
            var roundYears = db.RegistrationRounds.Select(r => r.Year);
            buckets.Add(("Chờ đăng ký với Bộ (KCQG) hoặc ghi quyết định phê duyệt (KCĐP)",
                ProjectStatus.BaseAppraised,
                projects.Where(p => p.Status == ProjectStatus.BaseAppraised)
                    .Where(KcqgOr(ProjectAction.Approved, me))
                    .Where(p => p.Fund != Fund.Kcqg || !roundYears.Contains(p.Year))));
        }
        if (ministry)
            buckets.Add(("Chờ Bộ thẩm định, phê duyệt", ProjectStatus.Registered,
                Waiting(ProjectStatus.Registered, ProjectAction.Approved)));
        if (Policies.Allows(user, Policies.Officers))
            buckets.Add(("Đã phê duyệt, chờ ký hợp đồng", ProjectStatus.Approved,
                projects.Where(p => p.Status == ProjectStatus.Approved
                    && mine.Contains(p.ImplementingOrganisationId))));
        if (department || ministry)
        {
            buckets.Add(("Đang thực hiện, chờ nghiệm thu", ProjectStatus.InProgress,
                Waiting(ProjectStatus.InProgress, ProjectAction.Accepted)));
            buckets.Add(("Đã nghiệm thu, chờ quyết toán", ProjectStatus.Accepted,
                Waiting(ProjectStatus.Accepted, ProjectAction.Settled)));
            // Issue 13: after settlement the balance is paid or recovered, then the project is closed.
            buckets.Add(("Đã quyết toán, chờ thanh toán hoặc thu hồi phần chênh lệch và đóng đề án",
                ProjectStatus.Settled, Waiting(ProjectStatus.Settled, ProjectAction.Closed)));
        }
        return buckets;
    }

    /// <summary>
    /// Where a step belongs to the approving level (<see cref="ProjectDuty.ApprovingLevel"/>: the ministry for KCQG,
    /// the provincial department for KCĐP), the one fund the user's level may take, said again as a plain equality.
    /// The rule alone reaches SQL as a CASE on the fund that no index serves: a ministry bucket then read a state's
    /// projects in code order through every KCĐP one before the first KCQG (national scale, settled projects: 16k
    /// index rows, 3–23 ms); with the fund SQLite reads that fund's range of (Status, Fund, Code) alone (0.2 ms).
    /// </summary>
    private static IQueryable<Project> ApprovingFund(IQueryable<Project> query, ProjectAction step, Actor me)
    {
        if (!Project.Duties.TryGetValue(step, out var duties) || !duties.Contains(ProjectDuty.ApprovingLevel))
            return query;
        return ApprovingFundOf(me.OrganisationKind) is { } fund ? query.Where(p => p.Fund == fund) : query;
    }

    /// <summary>The one fund <see cref="ProjectDuty.ApprovingLevel"/> lets a level decide; null: none.</summary>
    public static Fund? ApprovingFundOf(OrganisationKind? kind) => kind switch
    {
        OrganisationKind.Ministry => Fund.Kcqg,
        OrganisationKind.ProvincialDepartment => Fund.Kcdp,
        _ => null,
    };

    /// <summary>
    /// A base-appraised project waits for a KCQG registration (no actor rule) or a KCĐP approval (the approval's
    /// rules): KCQG projects, or those on which the user may take <paramref name="kcdpStep"/>.
    /// </summary>
    private static Expression<Func<Project, bool>> KcqgOr(ProjectAction kcdpStep, Actor me)
    {
        var rule = Project.DutiesAllow(kcdpStep, me);
        var project = rule.Parameters[0];
        var kcqg = Expression.Equal(Expression.Property(project, nameof(Project.Fund)),
            Expression.Constant(Fund.Kcqg));
        return Expression.Lambda<Func<Project, bool>>(Expression.OrElse(kcqg, rule.Body), project);
    }
}
