using System.Runtime.CompilerServices;
using KhuyenCong.Data;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.Organisations;
using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Web.Features.Exports;

/// <summary>
/// Mẫu 2, the registration summary of the listed projects, grouped by activity content with subtotals and a total.
/// The rows come from the database one at a time in the group order and are never held together: the same rows
/// fill the formatted workbook of a short list and stream the workbook of a long one (in the background).
/// </summary>
public sealed class RegistrationExport(AppDbContext db, IUserScopeProvider scopes, ProjectFilterResolver filters,
    ReferenceForms.OfficialFormCatalog forms) : IExportWriter
{
    public const string KindName = "registration";

    public string Kind => KindName;

    /// <summary>The list's filter as the job stored it (the same names as the list's query string).</summary>
    public static ProjectFilter Filter(ExportRun run) => new(run.Int("year"),
        FundNames.TryParse(run.Value("fund"), out var fund) ? fund : null, run.Value("province"),
        run.Enum<ProjectStatus>("status"), run.Int("content"), run.Enum<ProjectKind>("kind"), run.Value("q"));

    public static string FileName(ProjectFilter filter) =>
        $"mau-2-dang-ky-de-an{(filter.Year is { } year ? "-" + year : "")}.xlsx";

    public async Task WriteAsync(ExportRun run, Stream output, Action<int> progress, CancellationToken ct)
    {
        // One snapshot for the figures read before the rows and the rows themselves (ReadSnapshot).
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var scope = await scopes.GetAsync(run.User, ct);
        var filter = await filters.ResolveAsync(scope, Filter(run), ct);
        var filtered = ProjectListQuery.Filtered(db, scope, filter);
        var form = await forms.InForceAsync(OfficialFormKeys.Registration, run.Signature.Date, ct);
        var renamed = await db.RenamedOrganisationsAsync(ct);
        await StreamedOfficialWorkbook.WriteAsync(output, run.Signature, Head(filter, form), grouped: true,
            Rows(filtered, renamed, ct), await WidestAsync(filtered, ct), progress, ct);
    }

    /// <summary>
    /// The total row with the row count as its number, read before the rows (the streamed workbook sizes its
    /// columns by it beyond the rows it measures): the widest figure of every column.
    /// </summary>
    private static async Task<OfficialRow> WidestAsync(IQueryable<Project> filtered, CancellationToken ct)
    {
        var sums = await Totals(filtered).SingleOrDefaultAsync(ct);
        var beneficiaries = await filtered.SelectMany(p => p.Beneficiaries).CountAsync(ct);
        return new([sums?.Count ?? 0, null, "Tổng cộng", null, null, beneficiaries, null, null, null,
            (sums?.Cost ?? 0) / 1e6, (sums?.Requested ?? 0) / 1e6, (sums?.Approved ?? 0) / 1e6, null],
            OfficialRowStyle.Total);
    }

    /// <summary>The count and amounts of <see cref="WidestAsync"/>, in one query.</summary>
    internal static IQueryable<RegistrationSums> Totals(IQueryable<Project> filtered) =>
        filtered.AsNoTracking().GroupBy(p => 1).Select(g => new RegistrationSums(g.Count(),
            g.Sum(p => p.TotalCostDong), g.Sum(p => p.RequestedSupportDong), g.Sum(p => p.ApprovedSupportDong ?? 0)));

    internal sealed record RegistrationSums(int Count, long Cost, long Requested, long Approved);

    /// <summary>
    /// The table's title, form (in force on the document's date), columns and subtitle, without rows.
    /// </summary>
    public static OfficialTable Head(ProjectFilter filter, OfficialFormText form) => new OfficialTable(
        "Mẫu 2", "TỔNG HỢP ĐĂNG KÝ ĐỀ ÁN KHUYẾN CÔNG",
        [
            new("STT", 6, ExcelCellKind.Integer), new("Mã đề án", 20), new("Tên đề án", 44),
            new("Đơn vị thực hiện", 30), new("Địa điểm", 22), new("Số cơ sở thụ hưởng", 10, ExcelCellKind.Integer),
            new("Loại đề án", 14), new("Năm", 8, ExcelCellKind.Year), new("Nguồn", 8),
            new("Tổng kinh phí", 16, ExcelCellKind.Million), new("Đề nghị hỗ trợ", 16, ExcelCellKind.Million),
            new("Phê duyệt", 16, ExcelCellKind.Million), new("Trạng thái", 18),
        ])
    {
        GroupHeader = "Nội dung hoạt động",
    }.WithForm(form).Subtitle(filter.Year is { } y ? $"Năm {y}" : "Tất cả các năm");

    /// <summary>
    /// The group headings, rows, subtotals and total, read in the group order (content, then code). The content's
    /// id follows its sort order so that two contents of one sort order never interleave into broken groups.
    /// </summary>
    /// <param name="renamed">The renamed organisations (<see cref="DatedOrganisationName.RenamedOrganisationsAsync"/>):
    /// each row names its implementer by the project's date.</param>
    public static async IAsyncEnumerable<OfficialRow> Rows(IQueryable<Project> filtered,
        IReadOnlyDictionary<int, Organisation> renamed, [EnumeratorCancellation] CancellationToken ct)
    {
        var lines = filtered.AsNoTracking()
            .OrderBy(p => p.ActivityContent!.SortOrder).ThenBy(p => p.ActivityContentId).ThenBy(p => p.Code)
            .Select(p => new Line(p.ActivityContent!.Name, p.Code, p.Name, p.ImplementingOrganisationId,
                p.ImplementingOrganisation!.Name, p.ApprovalDecisionDate, p.CreatedAtUtc,
                p.LocationUnit!.Name, p.Beneficiaries.Count(), p.Kind, p.Year, p.Fund, p.TotalCostDong,
                p.RequestedSupportDong, p.ApprovedSupportDong, p.Status))
            .AsAsyncEnumerable();
        string? content = null;
        Sums group = new(), total = new();
        var n = 0;
        await foreach (var r in lines.WithCancellation(ct))
        {
            if (r.Content != content)
            {
                if (content is not null) yield return group.Row($"Cộng: {content}", OfficialRowStyle.Subtotal);
                content = r.Content;
                group = new();
                yield return new([content], OfficialRowStyle.Group);
            }
            group.Add(r);
            total.Add(r);
            var organisation = renamed.NameOn(r.OrganisationId, r.Organisation,
                ProjectDetailsQuery.RecordDate(r.ApprovalDecisionDate, r.Year, r.CreatedAtUtc));
            yield return new([++n, r.Code, r.Name, organisation, r.Location, r.Beneficiaries,
                ProjectNames.Kind(r.Kind), r.Year, FundNames.Code(r.Fund), r.TotalCostDong / 1e6,
                r.RequestedSupportDong / 1e6, r.ApprovedSupportDong / 1e6, ProjectNames.Status(r.Status)],
                OfficialRowStyle.Normal);
        }
        if (content is not null) yield return group.Row($"Cộng: {content}", OfficialRowStyle.Subtotal);
        yield return total.Row("Tổng cộng", OfficialRowStyle.Total);
    }

    private sealed record Line(string Content, string Code, string Name, int OrganisationId, string Organisation,
        DateOnly? ApprovalDecisionDate, DateTime CreatedAtUtc, string Location,
        int Beneficiaries, ProjectKind Kind, int Year, Fund Fund, long TotalCostDong, long RequestedSupportDong,
        long? ApprovedSupportDong, ProjectStatus Status);

    /// <summary>The running sums of a group or of the whole table.</summary>
    private sealed class Sums
    {
        private int beneficiaries;
        private long totalCost, requested, approved;

        public void Add(Line r)
        {
            beneficiaries += r.Beneficiaries;
            totalCost += r.TotalCostDong;
            requested += r.RequestedSupportDong;
            approved += r.ApprovedSupportDong ?? 0;
        }

        public OfficialRow Row(string label, OfficialRowStyle style) => new([null, null, label, null, null,
            beneficiaries, null, null, null, totalCost / 1e6, requested / 1e6, approved / 1e6, null], style);
    }
}
