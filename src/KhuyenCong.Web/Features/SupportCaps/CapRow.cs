using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.SupportCaps;

public sealed record CapRow(int Id, string Name, Fund Fund, string Content, string? Province, int MaxPercent, Vnd Cap,
    CapMultiplier Multiplier, CapCondition Condition, string LegalInstrument, string LegalArticle,
    DateOnly ValidFrom, DateOnly? ValidTo, long Version, int? ProvinceUnitId);
