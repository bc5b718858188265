using System.Globalization;
using ClosedXML.Excel;
using KhuyenCong.Data;
using KhuyenCong.Data.Projects;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.AdminUnits;
using KhuyenCong.Web.Features.ProductRounds;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// Many proposals at once from the .xlsx template: one row per project with one cost line. Every row is
/// checked; if any cell is wrong, nothing is saved and each error is reported by row and column.
/// </summary>
/// <remarks>
/// Its three catches are the import's own error report, not refusals of one step: a file ClosedXML cannot open, a
/// domain rule broken by one cell (collected per row and column so the officer fixes the whole file in one go), and
/// the closed plan year refusing the save (the file's error, nothing saved). All end on the import job's page, each
/// error kept as its message key and arguments so that it reads in the reader's language.
/// </remarks>
public sealed class ProjectImporter(AppDbContext db, IUserScopeProvider scopes, CurrentActor actors,
    ProjectRules rules, TimeProvider clock, Infrastructure.Input.DateWindow dates)
{
    public const int MaxRows = 500;

    /// <summary>The template's columns, in order: header text and a hint shown in the template's guide.</summary>
    public static readonly (string Header, string Hint)[] Columns =
    [
        ("Tên đề án", "Bắt buộc"),
        ("Loại đề án", "Điểm | Nhóm | Đơn lẻ"),
        ("Nguồn kinh phí", "KCQG | KCĐP"),
        ("Năm", "Ví dụ 2026"),
        ("Mã nội dung", "ND01 … ND13 (xem danh mục)"),
        ("Đơn vị thực hiện", "Tên đơn vị đúng như trong danh bạ"),
        ("Địa giới", "Cũ (trước 01/07/2025) | Mới"),
        ("Mã huyện/xã", "Mã của Tổng cục Thống kê, ví dụ 154 hoặc 05089"),
        ("Mục tiêu và nội dung chính", "Bắt buộc để gửi"),
        ("Ngày bắt đầu", "dd/MM/yyyy"),
        ("Ngày kết thúc", "dd/MM/yyyy"),
        ("Nội dung chi", "Bắt buộc"),
        ("Tổng kinh phí", "triệu đồng"),
        ("Kinh phí khuyến công hỗ trợ", "triệu đồng"),
        ("Cơ sở đóng góp", "triệu đồng"),
        ("Nguồn khác", "triệu đồng"),
        ("MST cơ sở thụ hưởng", "Các mã số thuế, cách nhau bởi dấu phẩy"),
    ];

    public static byte[] Template()
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Đề án");
        for (var c = 0; c < Columns.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Columns[c].Header;
            sheet.Column(c + 1).Width = c is 0 or 8 or 11 ? 40 : 18;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        var guide = book.Worksheets.Add("Hướng dẫn");
        guide.Cell(1, 1).Value = "Cột";
        guide.Cell(1, 2).Value = "Cách điền";
        for (var c = 0; c < Columns.Length; c++)
        {
            guide.Cell(c + 2, 1).Value = Columns[c].Header;
            guide.Cell(c + 2, 2).Value = Columns[c].Hint;
        }
        guide.Column(1).Width = 30;
        guide.Column(2).Width = 60;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Reads every row, then saves all of them in one transaction or none. Saving and <paramref name="confirm"/> (the
    /// job's end) commit together, so that a job taken over after a crash either finds the file imported and the job
    /// done, or neither: the file is never imported twice. Row errors are a result, not a failure: nothing is saved
    /// and the result lists them. Null when <paramref name="confirm"/> refused (the job is no longer ours): all rolled
    /// back.
    /// </summary>
    /// <param name="progress">Told the data rows read so far, then their number as the total.</param>
    public async Task<ProjectImportResult?> ImportAsync(System.Security.Claims.ClaimsPrincipal user, Stream file,
        Action<int, int> progress, Func<ProjectImportResult, CancellationToken, Task<bool>> confirm,
        CancellationToken ct)
    {
        var read = await ReadAsync(user, file, progress, ct);
        if (read.Errors is { } refused) return refused;
        var projects = read.Projects!;
        var sequences = new Dictionary<string, int>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (_, project, fund, year, province) in projects)
        {
            var prefix = ProjectCode.Prefix(fund, year, province);
            if (!sequences.TryGetValue(prefix, out var next))
                next = int.Parse((await rules.NextCodeAsync(fund, year, province, ct))[prefix.Length..],
                    CultureInfo.InvariantCulture);
            project.AssignCode(ProjectCode.Format(prefix, next));
            sequences[prefix] = next + 1;
            db.Projects.Add(project);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowException ex)
        {
            // A row of a closed plan year (Data.Cycle.ClosedYearGuard) refuses the whole file; nothing was saved.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ProjectImportResult.Refused(ProjectImportRowError.Of(0, -1, ex));
        }
        var result = new ProjectImportResult(
            projects.Select(p => new ProjectImportRow(p.Row, p.Project.Id, p.Project.Code, p.Project.Name)).ToList(),
            []);
        if (!await confirm(result, ct))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return null;
        }
        // Not cancellable any more: the job is marked done in this transaction, and must commit with the rows.
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }

    private sealed record ReadRows(
        List<(int Row, Project Project, Fund Fund, int Year, string Province)>? Projects,
        ProjectImportResult? Errors);

    /// <summary>The file's rows as projects not yet saved, or the errors that keep the file out.</summary>
    private async Task<ReadRows> ReadAsync(System.Security.Claims.ClaimsPrincipal user, Stream file,
        Action<int, int> progress, CancellationToken ct)
    {
        // Sizes, ratio and row count are checked on the raw package first: ClosedXML would inflate a bomb whole.
        if (Infrastructure.Excel.SpreadsheetGuard.Refusal(file, MaxRows) is { } refusal)
            return new(null, ProjectImportResult.Refused(ProjectImportRowError.Of(0, -1, refusal)));
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(file);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or ArgumentException or IOException
                                       or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return new(null, ProjectImportResult.Refused(
                ProjectImportRowError.Of(0, -1, Infrastructure.Excel.SpreadsheetGuard.NotASpreadsheet)));
        }
        using (book)
        {
            var sheet = book.Worksheets.First();
            var errors = new List<ProjectImportRowError>();
            for (var c = 0; c < Columns.Length; c++)
            {
                if (!string.Equals(sheet.Cell(1, c + 1).GetString().Trim(), Columns[c].Header,
                        StringComparison.OrdinalIgnoreCase))
                    errors.Add(ProjectImportRowError.Of(1, c, ProjectImportMessages.Header,
                        (c + 1).ToString(CultureInfo.InvariantCulture), Columns[c].Header));
            }
            if (errors.Count > 0) return new(null, ProjectImportResult.Refused([.. errors]));

            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            // The guard counted the sheet's rows; ClosedXML may find more (rows with formatting only).
            if (last - 1 > MaxRows)
                return new(null, ProjectImportResult.Refused(ProjectImportRowError.Of(0, -1,
                    Infrastructure.Excel.SpreadsheetGuard.TooManyRowsKey, last - 1, MaxRows)));
            progress(0, last - 1);
            var lookups = await LookupsAsync(user, ct);
            var actor = await actors.GetAsync(user, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var today = VietnamTime.Today(clock);
            var projects = new List<(int, Project, Fund, int, string)>();
            for (var r = 2; r <= last; r++)
            {
                progress(r - 1, last - 1);
                var row = sheet.Row(r);
                if (row.IsEmpty()) continue;
                var reader = new RowReader(row, r, errors, dates);
                var project = await ReadRowAsync(reader, lookups, actor, now, today, ct);
                if (project is { } p) projects.Add((r, p.Item1, p.Item2, p.Item3, p.Item4));
            }
            if (projects.Count == 0 && errors.Count == 0)
                errors.Add(ProjectImportRowError.Of(0, -1, ProjectImportMessages.NoRows));
            return errors.Count > 0 ? new(null, ProjectImportResult.Refused([.. errors])) : new(projects, null);
        }
    }

    private sealed record Lookups(
        UnitScope Scope, Dictionary<string, int> Contents,
        Dictionary<string, List<Domain.Organisations.Organisation>> Organisations,
        Dictionary<(UnitGeneration, string), AdministrativeUnit> Units, Dictionary<string, string> ProvinceNames,
        Dictionary<string, (int Id, int Unit)> TaxCodes);

    private async Task<Lookups> LookupsAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(user, ct);
        var actor = await actors.GetAsync(user, ct);
        var units = db.AdministrativeUnits.AsNoTracking().InScope(scope).Where(u => u.Level != UnitLevel.Province);
        var organisations = db.Implementers(scope, actor).Include(o => o.ScopeUnit);
        var establishments = db.Establishments.AsNoTracking().InScope(scope).Where(e => e.TaxCode != null);
        return new Lookups(scope,
            await db.ActivityContents.AsNoTracking().Where(c => c.IsActive)
                .ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase, ct),
            (await organisations.ToListAsync(ct)).GroupBy(o => o.Name.Trim(), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase),
            await units.ToDictionaryAsync(u => (u.Generation, u.Code), ct),
            (await db.AdministrativeUnits.AsNoTracking().Where(u => u.Level == UnitLevel.Province)
                    .Select(u => new { u.Generation, u.Code, u.Name }).ToListAsync(ct))
                .ToDictionary(u => $"{u.Generation}:{u.Code}", u => u.Name),
            (await establishments.Select(e => new { e.TaxCode, e.Id, e.AddressUnitId }).ToListAsync(ct))
                .ToDictionary(e => e.TaxCode!, e => (e.Id, e.AddressUnitId)));
    }

    /// <summary>
    /// One row as the project form would take it: the same lookups in the user's area, the same rules of the plan
    /// year (a unit or organisation out of its time is refused naming what replaced it) and the domain's own checks.
    /// </summary>
    private async Task<(Project, Fund, int, string)?> ReadRowAsync(RowReader row, Lookups l, Actor actor,
        DateTime now, DateOnly today, CancellationToken ct)
    {
        var name = row.Required(0);
        ProjectKind? kind = row.Text(1)?.ToLowerInvariant() switch
        {
            "điểm" or "đề án điểm" => ProjectKind.Flagship,
            "nhóm" or "đề án nhóm" => ProjectKind.Group,
            "đơn lẻ" or "đề án đơn lẻ" => ProjectKind.Single,
            null => row.Fail<ProjectKind?>(1, ProjectImportMessages.KindMissing),
            _ => row.Fail<ProjectKind?>(1, ProjectImportMessages.KindUnknown, row.Text(1)!),
        };
        Fund? fund = FundNames.TryParse(row.Text(2), out var f) ? f
            : row.Fail<Fund?>(2, ProjectImportMessages.FundUnknown);
        var year = row.Integer(3, BudgetRules.FirstYear, BudgetRules.LastYear);
        int? content = row.Text(4) is { } code && l.Contents.TryGetValue(code, out var contentId) ? contentId
            : row.Fail<int?>(4, ProjectImportMessages.ContentUnknown, row.Text(4) ?? "");
        // A legacy and a current organisation may share a name ("Sở Công Thương tỉnh Phú Thọ"): the row's plan year
        // picks the one of its time, as the form's picker does.
        var period = ProjectPickers.PeriodOf(year, today);
        var organisation = row.Text(5) is { } orgName && l.Organisations.TryGetValue(orgName, out var named)
            ? named.FirstOrDefault(o => year is not null && period.Allows(o, o.ScopeUnit?.Generation)) ?? named[0]
            : row.Fail<Domain.Organisations.Organisation?>(5, ProjectImportMessages.OrganisationUnknown,
                row.Text(5) ?? "");
        if (organisation is not null && fund is { } ff && !Allocation.CanReceive(ff, organisation.Kind))
            organisation = row.Fail<Domain.Organisations.Organisation?>(5, ProjectImportMessages.FundNotReceived,
                organisation.Name, FundNames.Code(ff));
        UnitGeneration? generation = row.Text(6)?.ToLowerInvariant() switch
        {
            "cũ" or "cu" or "trước 01/07/2025" => UnitGeneration.Legacy,
            "mới" or "moi" or "hiện hành" => UnitGeneration.Current,
            _ => row.Fail<UnitGeneration?>(6, ProjectImportMessages.GenerationUnknown),
        };
        var unitCode = row.Required(7);
        AdministrativeUnit? unit = null;
        if (generation is { } g && unitCode is not null && !l.Units.TryGetValue((g, unitCode), out unit))
            row.Fail<object>(7, ProjectImportMessages.UnitUnknown, unitCode);
        if (year is not null && !row.HasErrors)
        {
            // A row refers to the units and organisations of its plan year (DOMAIN §10), as the form does.
            if (!period.Allows(unit!))
            {
                var replacement = await db.UnitReplacementAsync(unit!, ct);
                row.Check(7, () => period.Require(unit!, replacement));
            }
            if (!period.Allows(organisation!, organisation!.ScopeUnit?.Generation))
            {
                var replacement = await db.OrganisationReplacementAsync(organisation, ct);
                row.Check(5, () => period.Require(organisation, organisation.ScopeUnit, replacement));
            }
        }
        var objectives = row.Text(8);
        var start = row.Date(9);
        var end = row.Date(10);
        var item = row.Required(11);
        var total = row.Amount(12, required: true);
        var support = row.Amount(13, required: true);
        var contribution = row.Amount(14, required: false) ?? Vnd.Zero;
        var other = row.Amount(15, required: false) ?? Vnd.Zero;
        var beneficiaries = new List<int>();
        var separators = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        foreach (var tax in (row.Text(16) ?? "").Split([',', ';'], separators))
        {
            if (l.TaxCodes.TryGetValue(tax, out var e)) beneficiaries.Add(e.Id);
            else row.Fail<object>(16, ProjectImportMessages.TaxCodeUnknown, tax);
        }
        if (row.HasErrors) return null;
        (Project, Fund, int, string)? result = null;
        row.Check(12, () =>
        {
            var line = new CostLine(1, item!, total!.Value, support!.Value, contribution, other, null);
            var draft = new ProjectDraft(name!, kind!.Value, fund!.Value, year!.Value, content!.Value,
                organisation!.Id, unit!.Id, unit.ProvinceCode, objectives, null, ProjectIndicators.None, start, end);
            var province = l.ProvinceNames[$"{unit.Generation}:{unit.ProvinceCode}"];
            result = (new Project(draft, [line], beneficiaries.Distinct().ToList(), actor, now), fund.Value,
                year.Value, province);
        });
        return result;
    }

    /// <summary>Reads typed cells of one row, collecting an error per bad cell with its row and column.</summary>
    private sealed class RowReader(IXLRow row, int number, List<ProjectImportRowError> errors,
        Infrastructure.Input.DateWindow window)
    {
        private int _errors;

        public bool HasErrors => _errors > 0;

        public string? Text(int column)
        {
            var text = row.Cell(column + 1).GetString().Trim();
            return text.Length == 0 ? null : text;
        }

        public string? Required(int column) => Text(column) ?? Fail<string?>(column, ProjectImportMessages.Required);

        public T? Fail<T>(int column, string key, params object[] arguments) =>
            Fail<T>(column, new DomainException(key, arguments));

        private T? Fail<T>(int column, DomainException refusal)
        {
            _errors++;
            errors.Add(ProjectImportRowError.Of(number, column, refusal));
            return default;
        }

        /// <summary>
        /// A domain rule on the row (a unit of the plan year, a cost line that adds up): a refusal is this cell's
        /// error, so that every row's errors are reported together, not the first one only.
        /// </summary>
        public void Check(int column, Action rule)
        {
            try
            {
                rule();
            }
            catch (DomainException ex)
            {
                Fail<object>(column, ex);
            }
        }

        public int? Integer(int column, int min, int max)
        {
            var cell = row.Cell(column + 1);
            if (cell.DataType == XLDataType.Number && cell.GetDouble() is var d && d == Math.Floor(d)
                && d >= min && d <= max) return (int)d;
            if (int.TryParse(Text(column), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                && i >= min && i <= max) return i;
            return Fail<int?>(column, ProjectImportMessages.WholeNumber, min.ToString(CultureInfo.InvariantCulture),
                max.ToString(CultureInfo.InvariantCulture));
        }

        public DateOnly? Date(int column)
        {
            var cell = row.Cell(column + 1);
            if (cell.IsEmpty()) return null;
            DateOnly? date = cell.DataType == XLDataType.DateTime ? DateOnly.FromDateTime(cell.GetDateTime())
                : DateOnly.TryParseExact(Text(column), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var parsed) ? parsed
                : null;
            if (date is null) return Fail<DateOnly?>(column, ProjectImportMessages.DateFormat, Text(column) ?? "");
            if (!window.Contains(date.Value.Year))
                return Fail<DateOnly?>(column, ProjectImportMessages.DateWindow,
                    new MessageTerm(Columns[column].Header),
                    window.MinYear.ToString(CultureInfo.InvariantCulture),
                    window.MaxYear.ToString(CultureInfo.InvariantCulture));
            return date;
        }

        /// <summary>
        /// A number cell is taken as triệu đồng; a text cell goes through the money parser with its message.
        /// </summary>
        public Vnd? Amount(int column, bool required)
        {
            var cell = row.Cell(column + 1);
            if (cell.IsEmpty()) return required ? Fail<Vnd?>(column, ProjectImportMessages.AmountMissing) : null;
            if (cell.DataType == XLDataType.Number)
            {
                var number = cell.GetDouble();
                if (number < 0) return Fail<Vnd?>(column, ProjectImportMessages.AmountNegative);
                if (number > Vnd.MaxInputMillions)
                    // Numbers, not text: the error shows them as its reader writes numbers (ProjectImportRowError).
                    return Fail<Vnd?>(column, ProjectImportMessages.AmountTooLarge, number, Vnd.MaxInputMillions);
                var value = (decimal)number;
                return Vnd.FromMillions(decimal.Round(value, 6));
            }
            return Vnd.TryParseMillions(Text(column), out var amount, out var template, out var arguments) ? amount
                : Fail<Vnd?>(column, template, arguments);
        }
    }
}
