using System.Globalization;
using ClosedXML.Excel;
using KhuyenCong.Data;
using KhuyenCong.Data.Projects;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Features.ProductRounds;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.Projects;

/// <summary>
/// Many proposals at once from the .xlsx template: one row per project with one cost line. Every row is
/// checked; if any cell is wrong, nothing is saved and each error is reported by row and column.
/// </summary>
/// <remarks>
/// Its three catches are the import's own error report, not refusals of one step: a file ClosedXML cannot open, a
/// domain rule broken by one cell (collected per row and column so the officer fixes the whole file in one go), and
/// the closed plan year refusing the save (the file's error, nothing saved). All end on the import page's list.
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

    public sealed record RowError(int Row, string Column, string Message);

    public sealed record Result(int Saved, IReadOnlyList<RowError> Errors);

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

    public async Task<Result> ImportAsync(System.Security.Claims.ClaimsPrincipal user, Stream file,
        CancellationToken ct)
    {
        // Sizes, ratio and row count are checked on the raw package first: ClosedXML would inflate a bomb whole.
        if (Infrastructure.Excel.SpreadsheetGuard.Check(file, MaxRows) is { } refusal)
            return new(0, [new RowError(0, "", refusal)]);
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(file);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or ArgumentException or IOException
                                       or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return new(0, [new RowError(0, "", Infrastructure.Excel.SpreadsheetGuard.NotASpreadsheet)]);
        }
        using (book)
        {
            var sheet = book.Worksheets.First();
            var errors = new List<RowError>();
            for (var c = 0; c < Columns.Length; c++)
            {
                if (!string.Equals(sheet.Cell(1, c + 1).GetString().Trim(), Columns[c].Header,
                        StringComparison.OrdinalIgnoreCase))
                    errors.Add(new RowError(1, Columns[c].Header,
                        $"Dòng tiêu đề khác tệp mẫu: cột {c + 1} phải là \"{Columns[c].Header}\"."));
            }
            if (errors.Count > 0) return new(0, errors);

            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            // The guard counted the sheet's rows; ClosedXML may find more (rows with formatting only).
            if (last - 1 > MaxRows)
                return new(0,
                    [new RowError(0, "", Infrastructure.Excel.SpreadsheetGuard.TooManyRows(last - 1, MaxRows))]);
            var lookups = await LookupsAsync(user, ct);
            var actor = await actors.GetAsync(user, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var projects = new List<(Project Project, Fund Fund, int Year, string Province)>();
            for (var r = 2; r <= last; r++)
            {
                var row = sheet.Row(r);
                if (row.IsEmpty()) continue;
                var reader = new RowReader(row, r, errors, dates);
                var project = ReadRow(reader, lookups, actor, now);
                if (project is not null) projects.Add(project.Value);
            }
            if (projects.Count == 0 && errors.Count == 0)
                errors.Add(new RowError(0, "", "Tệp không có dòng đề án nào."));
            if (errors.Count > 0) return new(0, errors);

            var sequences = new Dictionary<string, int>();
            foreach (var (project, fund, year, province) in projects)
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
                db.ChangeTracker.Clear();
                return new(0, [new RowError(0, "", ex.Message)]);
            }
            return new(projects.Count, []);
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

    private static (Project, Fund, int, string)? ReadRow(RowReader row, Lookups l, Actor actor, DateTime now)
    {
        var name = row.Required(0);
        ProjectKind? kind = row.Text(1)?.ToLowerInvariant() switch
        {
            "điểm" or "đề án điểm" => ProjectKind.Flagship,
            "nhóm" or "đề án nhóm" => ProjectKind.Group,
            "đơn lẻ" or "đề án đơn lẻ" => ProjectKind.Single,
            null => row.Fail<ProjectKind?>(1, "chưa nhập loại đề án (Điểm, Nhóm hoặc Đơn lẻ)."),
            var unknown => row.Fail<ProjectKind?>(1,
                $"\"{unknown}\" không phải loại đề án: dùng Điểm, Nhóm hoặc Đơn lẻ."),
        };
        Fund? fund = FundNames.TryParse(row.Text(2), out var f) ? f
            : row.Fail<Fund?>(2, "nguồn kinh phí phải là KCQG hoặc KCĐP.");
        var year = row.Integer(3, 2000, 2100);
        int? content = row.Text(4) is { } code && l.Contents.TryGetValue(code, out var contentId) ? contentId
            : row.Fail<int?>(4, $"mã nội dung \"{row.Text(4)}\" không có trong danh mục (ND01 … ND13).");
        // A legacy and a current organisation may share a name ("Sở Công Thương tỉnh Phú Thọ"): the row's plan year
        // picks the one of its time, as the form's picker does.
        var organisation = row.Text(5) is { } orgName && l.Organisations.TryGetValue(orgName, out var named)
            ? named.FirstOrDefault(o => year is { } py
                  && Domain.Reform.ReferencePeriod.ForPlanYear(py).Allows(o, o.ScopeUnit?.Generation)) ?? named[0]
            : row.Fail<Domain.Organisations.Organisation?>(5,
                $"không tìm thấy đơn vị \"{row.Text(5)}\" trong phạm vi của bạn.");
        if (organisation is not null && fund is { } ff && !Allocation.CanReceive(ff, organisation.Kind))
            organisation = row.Fail<Domain.Organisations.Organisation?>(5,
                $"{organisation.Name} không nhận kinh phí {FundNames.Code(ff)}.");
        UnitGeneration? generation = row.Text(6)?.ToLowerInvariant() switch
        {
            "cũ" or "cu" or "trước 01/07/2025" => UnitGeneration.Legacy,
            "mới" or "moi" or "hiện hành" => UnitGeneration.Current,
            _ => row.Fail<UnitGeneration?>(6, "địa giới phải là Cũ hoặc Mới."),
        };
        var unitCode = row.Required(7);
        AdministrativeUnit? unit = null;
        if (generation is { } g && unitCode is not null && !l.Units.TryGetValue((g, unitCode), out unit))
            row.Fail<object>(7, $"không có huyện/xã mã {unitCode} trong địa bàn của bạn.");
        if (year is { } y && !row.HasErrors)
        {
            // A row refers to the units and organisations of its plan year (DOMAIN §10), as the form does.
            var period = Domain.Reform.ReferencePeriod.ForPlanYear(y);
            row.Check(7, () => period.Require(unit!));
            row.Check(5, () => period.Require(organisation!, organisation!.ScopeUnit));
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
            else row.Fail<object>(16,
                $"không có cơ sở mã số thuế {tax} trong địa bàn của bạn (hãy thêm cơ sở trước).");
        }
        if (row.HasErrors) return null;
        (Project, Fund, int, string)? result = null;
        row.Check(12, () =>
        {
            var line = new CostLine(1, item!, total!.Value, support!.Value, contribution, other, null);
            var draft = new ProjectDraft(name!, kind!.Value, fund!.Value, year!.Value, content!.Value,
                organisation!.Id, unit!.Id, unit.ProvinceCode, objectives, null, ProjectIndicators.None, start, end);
            var province = l.ProvinceNames[$"{unit.Generation}:{unit.ProvinceCode}"];
            result = (new Project(draft, [line], beneficiaries, actor, now), fund.Value, year.Value, province);
        });
        return result;
    }

    /// <summary>Reads typed cells of one row, collecting an error per bad cell with its row and column.</summary>
    private sealed class RowReader(IXLRow row, int number, List<RowError> errors,
        Infrastructure.Input.DateWindow window)
    {
        private int _errors;

        public bool HasErrors => _errors > 0;

        public string? Text(int column)
        {
            var text = row.Cell(column + 1).GetString().Trim();
            return text.Length == 0 ? null : text;
        }

        public string? Required(int column) => Text(column) ?? Fail<string?>(column, "chưa nhập.");

        public T? Fail<T>(int column, string message)
        {
            _errors++;
            errors.Add(new RowError(number, Columns[column].Header, message));
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
                Fail<object>(column, ex.Message);
            }
        }

        public int? Integer(int column, int min, int max)
        {
            var cell = row.Cell(column + 1);
            if (cell.DataType == XLDataType.Number && cell.GetDouble() is var d && d == Math.Floor(d)
                && d >= min && d <= max) return (int)d;
            if (int.TryParse(Text(column), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                && i >= min && i <= max) return i;
            return Fail<int?>(column, $"phải là số nguyên từ {min} đến {max}.");
        }

        public DateOnly? Date(int column)
        {
            var cell = row.Cell(column + 1);
            if (cell.IsEmpty()) return null;
            DateOnly? date = cell.DataType == XLDataType.DateTime ? DateOnly.FromDateTime(cell.GetDateTime())
                : DateOnly.TryParseExact(Text(column), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var parsed) ? parsed
                : null;
            if (date is null)
                return Fail<DateOnly?>(column, $"ngày \"{Text(column)}\" không đúng dạng dd/MM/yyyy.");
            if (!window.Contains(date.Value.Year))
                return Fail<DateOnly?>(column,
                    $"chỉ nhận ngày từ năm {window.MinYear} đến năm {window.MaxYear}.");
            return date;
        }

        /// <summary>
        /// A number cell is taken as triệu đồng; a text cell goes through the money parser with its message.
        /// </summary>
        public Vnd? Amount(int column, bool required)
        {
            var cell = row.Cell(column + 1);
            if (cell.IsEmpty()) return required ? Fail<Vnd?>(column, "chưa nhập số tiền (triệu đồng).") : null;
            if (cell.DataType == XLDataType.Number)
            {
                var number = cell.GetDouble();
                if (number < 0) return Fail<Vnd?>(column, "số tiền không được âm.");
                if (number > Vnd.MaxInputMillions)
                    return Fail<Vnd?>(column, $"số tiền {number:N0} quá lớn: nhập theo triệu đồng, " +
                        $"tối đa {Vnd.MaxInputMillions:N0} triệu đồng.");
                var value = (decimal)number;
                return Vnd.FromMillions(decimal.Round(value, 6));
            }
            return Vnd.TryParseMillions(Text(column), out var amount, out var error) ? amount
                : Fail<Vnd?>(column, error);
        }
    }
}
