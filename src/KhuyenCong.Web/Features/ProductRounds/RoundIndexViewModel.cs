using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.ProductRounds;

public sealed class RoundIndexViewModel
{
    public int? Year { get; init; }
    public RoundLevel? Level { get; init; }
    public required PagedList<RoundRow> List { get; init; }
    public bool CanCreate { get; init; }
}

public sealed record RoundRow(int Id, RoundLevel Level, int Year, int Ordinal, Region? Region, string Organiser,
    RoundStatus Status, int Entries, DateOnly SubmissionOpens)
{
    /// <summary>The provinces a regional round covers, by name (filled after the page is read).</summary>
    public IReadOnlyList<string> Provinces { get; set; } = [];

    public string LevelTitle => RoundTitles.Level(Level, Domain.Products.Circular38.Applies(Year, SubmissionOpens));
}
