using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Infrastructure.Documents;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// Issue 14 "Done when", for every .xlsx the portal offers, read with the Open XML SDK (not ClosedXML, which wrote
/// them): A4, an orientation, print titles, at least 8 pt once fitted to the page, the agency, motto, place-date and
/// signature blocks of the downloading user's organisation, no cell wider than its column without wrapping, years
/// as plain integers, and a plain sheet (one header row, no merged cells, a filter) beside each formatted one.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class OfficialTableLayoutTests(PortalFactory portal)
{
    public static TheoryData<string, string> Exports => new()
    {
        { DemoAccounts.HoaBinhDepartment, "cost-estimate" },
        { DemoAccounts.HoaBinhDepartment, "/ProjectExports/Registration?year=2021" },
        { DemoAccounts.MinistryOfficer, "/ProjectExports/Registration" },
        { DemoAccounts.MinistryLeader, "/Reports/ImplementationExcel?year=2021" },
        { DemoAccounts.HoaBinhLegacy, "/Reports/ImplementationExcel?year=2021&period=FirstHalf" },
        { DemoAccounts.PhuThoDepartment, "/Reports/IndicatorsExcel?year=2021" },
        { DemoAccounts.MinistryOfficer, "plan" },
        { DemoAccounts.MinistryLeader, "/Budget/Export?year=2021" },
        { DemoAccounts.MinistryOfficer, "round" },
        { DemoAccounts.MinistryOfficer, "/Commendations/Export" },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task EveryExport_IsLaidOutOfficially_AndKeepsAPlainSheet(string email, string what)
    {
        var url = await UrlAsync(what);
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        var response = await client.GetAsync(url);
        await Expect.StatusAsync(HttpStatusCode.OK, response);
        var letterhead = await LetterheadOfAsync(email);

        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var book = document.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
        var formatted = sheets.Where(s => !s.Name!.Value!.EndsWith(PlainSheetWriter.Suffix, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(formatted);
        Assert.Equal(formatted.Count * 2, sheets.Count);
        foreach (var sheet in formatted)
        {
            var index = sheets.IndexOf(sheet);
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            CheckPage(book, part, index, $"{url} {sheet.Name}");
            CheckBlocks(book, part, letterhead, url);
            CheckWidths(book, part, $"{url} {sheet.Name}");
            CheckYears(book, part);
            var plain = sheets.Single(s => s.Name == PlainSheetWriter.SheetName(new OfficialTable(sheet.Name!, "", [])));
            CheckPlain(book, (WorksheetPart)book.GetPartById(plain.Id!));
        }
    }

    private async Task<string> UrlAsync(string what) => what switch
    {
        "cost-estimate" => $"/ProjectExports/CostEstimate/{await portal.WithDbAsync(db =>
            db.Projects.Where(p => p.CostLines.Count > 0 && p.ProvinceCode == "17").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync())}",
        "plan" => $"/Plans/Export/{await portal.WithDbAsync(db =>
            db.AnnualPlans.Where(p => p.Year == 2021 && p.OwnerUnitId == null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync())}",
        "round" => $"/RoundResults/Export/{await portal.WithDbAsync(db =>
            db.ProductEntries.GroupBy(e => e.RoundId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync())}",
        _ => what,
    };

    private async Task<Letterhead> LetterheadOfAsync(string email)
    {
        var organisation = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .Select(u => u.OrganisationId).SingleAsync());
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ILetterheadSource>().ForOrganisationAsync(organisation);
    }

    private static void CheckPage(WorkbookPart book, WorksheetPart part, int index, string what)
    {
        var worksheet = part.Worksheet;
        var setup = worksheet.GetFirstChild<PageSetup>()!;
        Assert.True(setup.PaperSize?.Value == 9, $"{what}: paper size {setup.PaperSize?.Value} is not A4 (9).");
        Assert.NotNull(setup.Orientation);
        var titles = book.Workbook.DefinedNames?.Elements<DefinedName>()
            .SingleOrDefault(d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId?.Value == (uint)index);
        Assert.True(titles is not null, $"{what}: no print titles.");

        var widths = Columns(worksheet).Select(c => c.Width).ToList();
        var landscape = setup.Orientation!.Value == OrientationValues.Landscape;
        var fit = worksheet.SheetProperties?.PageSetupProperties?.FitToPage?.Value == true && setup.FitToWidth?.Value == 1;
        var scale = fit
            ? Math.Min(1, PrintPlan.PrintableWidth(landscape) / PrintPlan.Millimetres(widths))
            : (setup.Scale?.Value ?? 100) / 100.0;
        if (widths.Count <= 20)
            Assert.True(OfficialSheetWriter.BodyFontSize * scale >= 8,
                $"{what}: prints at {OfficialSheetWriter.BodyFontSize * scale:0.0} pt ({widths.Count} columns).");
    }

    private static void CheckBlocks(WorkbookPart book, WorksheetPart part, Letterhead letterhead, string url)
    {
        var texts = part.Worksheet.Descendants<Cell>().Select(c => Text(book, c)).ToHashSet();
        Assert.Contains(OfficialDate.Motto, texts);
        Assert.Contains(OfficialDate.MottoLine, texts);
        Assert.Contains(letterhead.IssuingAgency, texts);
        if (letterhead.SuperiorAgency.Length > 0) Assert.Contains(letterhead.SuperiorAgency, texts);
        Assert.Contains(texts, t => t.StartsWith(letterhead.Place + ", ngày ", StringComparison.Ordinal));
        Assert.Contains(letterhead.PreparerTitle, texts);
        Assert.Contains(letterhead.HeadTitle, texts);
        if (!url.Contains("Commendations", StringComparison.Ordinal) && !url.Contains("RoundResults", StringComparison.Ordinal))
            Assert.Contains(texts, t => t.StartsWith("Đơn vị tính", StringComparison.Ordinal));
        Assert.DoesNotContain("Đơn vị: triệu đồng", texts);
    }

    /// <summary>No text wider than its column unless it wraps; no number wider than its column at all.</summary>
    private static void CheckWidths(WorkbookPart book, WorksheetPart part, string what)
    {
        var worksheet = part.Worksheet;
        var columns = Columns(worksheet).ToList();
        var merged = worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!.Split(':')[0]).ToHashSet();
        var formats = book.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        foreach (var cell in worksheet.Descendants<Cell>())
        {
            if (merged.Contains(cell.CellReference!.Value!)) continue;
            var text = Text(book, cell);
            if (text.Length == 0) continue;
            var column = ColumnIndex(cell.CellReference.Value!);
            var width = columns.Single(c => c.Min <= column && column <= c.Max).Width;
            var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
            var wraps = format.Alignment?.WrapText?.Value == true;
            var number = cell.DataType is null || cell.DataType.Value == CellValues.Number;
            var shown = number ? double.Parse(text, CultureInfo.InvariantCulture).ToString("#,##0.###", CultureInfo.InvariantCulture) : text;
            if (number) Assert.True(TextMeasure.Width(shown) + 1 <= width, $"{what}: {cell.CellReference} {shown} is wider than {width}.");
            else Assert.True(wraps || TextMeasure.Width(shown) + 1 <= width, $"{what}: {cell.CellReference} '{shown}' is cut at {width}.");
        }
    }

    /// <summary>A column headed "Năm" holds whole numbers shown without separators.</summary>
    private static void CheckYears(WorkbookPart book, WorksheetPart part)
    {
        var cells = part.Worksheet.Descendants<Cell>().ToList();
        var header = cells.FirstOrDefault(c => Text(book, c) == "Năm");
        if (header is null) return;
        var column = ColumnIndex(header.CellReference!.Value!);
        var formats = book.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var years = cells.Where(c => ColumnIndex(c.CellReference!.Value!) == column && (c.DataType is null || c.DataType.Value == CellValues.Number) && c.CellValue is not null).ToList();
        Assert.NotEmpty(years);
        foreach (var year in years)
        {
            var value = double.Parse(year.CellValue!.Text, CultureInfo.InvariantCulture);
            Assert.Equal(Math.Floor(value), value);
            // Built-in format 1 is "0"; ClosedXML may also write it as a custom format.
            var formatId = formats[(int)year.StyleIndex!.Value].NumberFormatId!.Value;
            var code = formatId == 1 ? "0" : book.WorkbookStylesPart!.Stylesheet.NumberingFormats?
                .Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId!.Value == formatId)?.FormatCode?.Value;
            Assert.Equal("0", code);
        }
    }

    private static void CheckPlain(WorkbookPart book, WorksheetPart part)
    {
        var worksheet = part.Worksheet;
        Assert.Empty(worksheet.Descendants<MergeCell>());
        Assert.NotNull(worksheet.GetFirstChild<AutoFilter>());
        var rows = worksheet.Descendants<Row>().ToList();
        var header = rows.First(r => r.RowIndex!.Value == 1).Elements<Cell>().Select(c => Text(book, c)).ToList();
        Assert.All(header, h => Assert.False(string.IsNullOrWhiteSpace(h)));
        var texts = rows.Where(r => r.RowIndex!.Value > 1).SelectMany(r => r.Elements<Cell>()).Select(c => Text(book, c)).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain("Tổng cộng", texts);
        Assert.DoesNotContain(OfficialDate.Motto, texts);
    }

    private static IEnumerable<(uint Min, uint Max, double Width)> Columns(Worksheet worksheet) =>
        worksheet.Descendants<Column>().Select(c => (c.Min!.Value, c.Max!.Value, c.Width!.Value));

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) index = index * 26 + (ch - 'A' + 1);
        return index;
    }

    private static string Text(WorkbookPart book, Cell cell)
    {
        if (cell.CellValue is null && cell.InlineString is null) return "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>()
                .ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText;
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }
}
