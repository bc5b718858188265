using Microsoft.AspNetCore.Authorization;
using KhuyenCong.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using KhuyenCong.Data;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure;
using KhuyenCong.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>A round's statistics page and its results list as an .xlsx file.</summary>
[Authorize(Policy = Policies.ProductReaders)]
public sealed class RoundResultsController(AppDbContext db, IUserScopeProvider scopes)
    : ProductControllerBase(db, scopes)
{
    public async Task<IActionResult> Statistics(int id, CancellationToken ct)
    {
        var round = await FindRoundAsync(id, ct);
        if (round is null) return NotFound();
        var stats = (await RoundStatisticsQuery.ForAsync(Db, [id], ct)).Single();
        ViewData["Round"] = round;
        return View("~/Features/ProductRounds/Views/Statistics.cshtml", stats);
    }

    /// <summary>
    /// The ranked results, one row per entry: the whole round once decided (the decision is public); before that,
    /// only the entries the user may see, since scores are still interim.
    /// </summary>
    [EnableRateLimiting(RateLimits.Exports)]
    public async Task<IActionResult> Export(int id, CancellationToken ct)
    {
        var round = await FindRoundAsync(id, ct);
        if (round is null) return NotFound();
        var entries = round.HasDecision
            ? Db.ProductEntries.AsNoTracking().Where(e => e.RoundId == id)
            : Db.ProductEntries.AsNoTracking().VisibleIn(round, User, await ScopeAsync(ct));
        var rows = await entries
            .OrderByDescending(e => e.MeanScore).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Name, Group = e.Group!.Name, Establishment = e.Establishment!.Name, Province = e.ProvinceUnit!.Name,
                e.MeanScore, e.Recognised, e.Eligibility,
                Certificate = e.Certificate != null ? e.Certificate.Number : null,
                ValidUntil = e.Certificate != null ? (DateOnly?)e.Certificate.ValidUntil : null,
            })
            .ToListAsync(ct);
        var table = new OfficialTable("Ket qua", "KẾT QUẢ BÌNH CHỌN SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU",
        [
            new("STT", 6, ExcelCellKind.Integer), new("Tên sản phẩm", 36), new("Nhóm sản phẩm", 30),
            new("Cơ sở sản xuất", 36),
            // "Million" is only the number format #,##0.### here: scores keep up to three decimals.
            new("Tỉnh/thành phố", 20),
            new("Điểm bình quân", 12, ExcelCellKind.Million), new("Kết quả", 14),
            new("Số giấy chứng nhận", 18), new("Hiệu lực đến", 14, ExcelCellKind.Date),
        ]) { UnitLine = $"Điểm tối đa: {round.MaxTotal}; ngưỡng đạt: {round.PassThreshold}" };
        table.Subtitle($"{RoundTitles.Level(round)}, lần thứ {round.Ordinal}, năm {round.Year}");
        if (round.DecisionNumber is not null)
            table.Subtitle($"Quyết định số {round.DecisionNumber} ngày {VietnamTime.Date(round.DecisionDate)}");
        var decided = round.HasDecision;
        var i = 0;
        foreach (var r in rows)
            table.Row(++i, r.Name, r.Group, r.Establishment, r.Province, r.MeanScore is { } m ? Math.Round(m, 2) : null,
                decided ? RoundTitles.Outcome(round.OutcomeOf(r.Eligibility, r.MeanScore, r.Recognised))
                    : "Chưa có kết quả", r.Certificate, r.ValidUntil);
        return await this.OfficialExcelAsync($"ket-qua-binh-chon-{round.Year}-{id}.xlsx", table);
    }
}
