using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.ProductRounds;

public sealed record RoundStatistics(int RoundId, RoundLevel Level, int Year, int Entries, int Provinces,
    int ProvincesTotal, IReadOnlyList<GroupCount> ByGroup, int Certified);

public sealed record GroupCount(string Code, string Name, int Entries, int Certified);
