using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Data.Seeding;

/// <summary>
/// The national fund's default caps (DOMAIN §5) in two periods (DOMAIN §10): the rules under Decree 45/2012/NĐ-CP
/// and Circular 28/2018/TT-BTC until 14/10/2025, and from 15/10/2025 the same figures under Decree 235/2025/NĐ-CP.
/// DOMAIN.md gives no different figures for the new decree, so the amounts are kept and only the legal basis
/// changes; an administrator records a new rule when the figures do change. Reference data, not demo: a default
/// is added when no national rule has its content, condition and start date, so edits survive restarts.
/// </summary>
internal static class DefaultSupportCaps
{
    public static readonly DateOnly OldFrom = new(2020, 11, 24);
    public static readonly DateOnly OldTo = new(2025, 10, 14);
    public static readonly DateOnly NewFrom = new(2025, 10, 15);

    private const string OldInstrument = "Thông tư 28/2018/TT-BTC";
    private const string NewInstrument = "Nghị định 235/2025/NĐ-CP";
    private const string OldNote = " (hướng dẫn Nghị định 45/2012/NĐ-CP)";
    private const string NewNote = " (Nghị định 45/2012/NĐ-CP được sửa đổi, bổ sung; mức hỗ trợ giữ như trước)";

    public static readonly string[] Contents = ["ND03", "ND04", "ND07"];

    private sealed record Rule(string Name, string Content, CapCondition Condition, CapMultiplier Multiplier,
        int Percent, decimal Millions, string Article);

    private static readonly Rule[] Rules =
    [
        new("Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ (KCQG)", "ND04", CapCondition.None,
            CapMultiplier.PerEstablishment, 50, 300,
            "Mức chi hỗ trợ ứng dụng máy móc thiết bị tiên tiến: tối đa 50% chi phí, 300 triệu đồng/cơ sở"),
        // DOMAIN §5: a complete production line gets 1.5 × the machinery cap, 1.5 × 300 = 450 million.
        new("Dây chuyền sản xuất hoàn chỉnh (KCQG)", "ND04", CapCondition.CompleteProductionLine,
            CapMultiplier.PerEstablishment, 50, 450,
            "Mức chi hỗ trợ dây chuyền công nghệ hoàn chỉnh: tối đa 1,5 lần mức hỗ trợ máy móc thiết bị"),
        // Per model, not per beneficiary: several establishments may share one model.
        new("Mô hình trình diễn kỹ thuật (KCQG)", "ND03", CapCondition.None,
            CapMultiplier.PerDemonstrationModel, 30, 1_000,
            "Mức chi xây dựng mô hình trình diễn kỹ thuật: tối đa 30% chi phí, 1.000 triệu đồng/mô hình"),
        // Founding enterprises is part of advisory help to rural establishments (ND07 "Tư vấn, trợ giúp").
        new("Thành lập doanh nghiệp mới tại địa bàn khó khăn (KCQG)", "ND07",
            CapCondition.NewEnterpriseInDisadvantagedArea, CapMultiplier.PerEstablishment, 100, 10,
            "Mức chi hỗ trợ thành lập doanh nghiệp mới tại địa bàn có điều kiện kinh tế - xã hội khó khăn: " +
            "tối đa 10 triệu đồng/doanh nghiệp"),
    ];

    public static async Task AddMissingAsync(AppDbContext db, IReadOnlyDictionary<string, int> contents,
        CancellationToken ct)
    {
        var national = await db.SupportCaps.Where(c => c.ProvinceUnitId == null && c.Fund == Fund.Kcqg).ToListAsync(ct);
        foreach (var rule in Rules)
        {
            if (!contents.TryGetValue(rule.Content, out var content)) continue;
            AddOrUpgrade(db, national, rule, content, OldFrom, OldTo, OldInstrument, rule.Article + OldNote);
            AddOrUpgrade(db, national, rule, content, NewFrom, null, NewInstrument, rule.Article + NewNote);
        }
        await db.SaveChangesAsync(ct);
    }

    private static void AddOrUpgrade(AppDbContext db, List<SupportCap> national, Rule rule, int content,
        DateOnly from, DateOnly? to, string instrument, string article)
    {
        var existing = national.FirstOrDefault(c => c.ActivityContentId == content && c.Condition == rule.Condition
                                                    && c.ValidFrom == from);
        if (existing is null)
        {
            db.SupportCaps.Add(new SupportCap(rule.Name, Fund.Kcqg, content, null, rule.Percent,
                Vnd.FromMillions(rule.Millions), rule.Multiplier, rule.Condition, instrument, article, from, to));
            return;
        }
        if (existing.LegalInstrument.Length > 0) return;
        // A default seeded before caps had a legal basis: complete it, count it as the default does (the
        // demonstration-model cap was counted per beneficiary) and end it with the old rules.
        existing.ChangeLegalBasis(instrument, article);
        db.Entry(existing).Property(c => c.Multiplier).CurrentValue = rule.Multiplier;
        if (to is { } last && existing.ValidTo is null) existing.End(last);
    }
}
