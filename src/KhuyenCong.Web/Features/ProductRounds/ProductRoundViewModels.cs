using System.ComponentModel.DataAnnotations;
using KhuyenCong.Domain.Products;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.ProductRounds;

public sealed record RoundRow(int Id, RoundLevel Level, int Year, int Ordinal, Region? Region, string Organiser,
    RoundStatus Status, int Entries, DateOnly SubmissionOpens)
{
    /// <summary>The provinces a regional round covers, by name (filled after the page is read).</summary>
    public IReadOnlyList<string> Provinces { get; set; } = [];

    public string LevelTitle => RoundTitles.Level(Level, Domain.Products.Circular38.Applies(Year, SubmissionOpens));
}

/// <summary>A current province offered to a regional round, with the region whose preset holds it.</summary>
public sealed record RoundProvinceOption(int Id, string Name, Region? Region);

public sealed class RoundIndexViewModel
{
    public int? Year { get; init; }
    public RoundLevel? Level { get; init; }
    public required PagedList<RoundRow> List { get; init; }
    public bool CanCreate { get; init; }
}

/// <summary>One line of a round's entry list: "scored by k/n" counts the members not recused from it.</summary>
public sealed record EntryRow(
    int Id, string Name, string Group, string Establishment, string Province, EligibilityStatus Eligibility,
    double? MeanScore, int Scored, int Recused, bool Recognised, string? CertificateNumber, bool ScoredByMe, bool RecusedMe);

public sealed record MemberProgress(string UserId, string FullName, int Scored, int Recused, int Remaining);

public sealed class RoundDetailsViewModel
{
    /// <summary>A refused organiser's step, with what was typed.</summary>
    public RoundRefusal? Refusal { get; set; }

    public required ProductRound Round { get; init; }
    public required string Organiser { get; init; }

    /// <summary>The provinces a regional round covers, by name.</summary>
    public IReadOnlyList<string> Provinces { get; init; } = [];
    public required PagedList<EntryRow> Entries { get; init; }
    public required IReadOnlyList<MemberProgress> Members { get; init; }
    public IReadOnlyList<(string Id, string Name)> AvailableMembers { get; init; } = [];
    public bool CanManage { get; init; }
    public bool IsMember { get; init; }
    public bool CanRegister { get; init; }
    public string? Q { get; init; }

    /// <summary>While scoring, for the organiser: the sheets still missing (null otherwise).</summary>
    public ScoringGap? Gap { get; init; }

    /// <summary>While scoring, for the organiser: the entries tied on the quota's last place.</summary>
    public TieView? Tie { get; init; }

    /// <summary>Who recorded the quorum exception, by name.</summary>
    public string? QuorumExceptionBy { get; init; }
}

/// <summary>Entries tied on the quota's last place, for the organiser to choose <see cref="Places"/> of them.</summary>
public sealed record TieView(int Places, double Score, IReadOnlyList<(int Id, string Name)> Entries);

public sealed class RoundFormModel : IValidatableObject
{
    [Required, Display(Name = "Cấp bình chọn")]
    public RoundLevel? Level { get; set; }

    [Required, Range(2000, 2100), Display(Name = "Năm")]
    public int? Year { get; set; }

    [Required, Range(1, 100), Display(Name = "Lần thứ")]
    public int? Ordinal { get; set; }

    [Display(Name = "Khu vực")]
    public Region? Region { get; set; }

    [Required, Display(Name = "Nhận hồ sơ từ ngày")]
    public DateOnly? SubmissionOpens { get; set; }

    [Required, Display(Name = "Hạn nộp hồ sơ")]
    public DateOnly? SubmissionCloses { get; set; }

    [Required, Range(1, 100), Display(Name = "Ngưỡng đạt (điểm)")]
    public int PassThreshold { get; set; } = ProductRound.DefaultPassThreshold;

    [Range(1, 100000), Display(Name = "Số sản phẩm được công nhận tối đa (để trống nếu không giới hạn)")]
    public int? Quota { get; set; }

    /// <summary>How many products each province (commune, for a provincial round) may nominate.</summary>
    [Range(1, 1000), Display(Name = "Số sản phẩm mỗi tỉnh (xã) được đề cử tối đa (để trống nếu không giới hạn)")]
    public int? NominationQuota { get; set; }

    /// <summary>The provinces a regional round covers (ids of current provinces).</summary>
    [Display(Name = "Các tỉnh, thành phố thuộc khu vực")]
    public List<int> ProvinceIds { get; set; } = [];

    public IReadOnlyList<RoundLevel> AllowedLevels { get; set; } = [];
    public IReadOnlyList<RoundProvinceOption> ProvinceOptions { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SubmissionOpens is { } from && SubmissionCloses is { } to && to < from)
            yield return new ValidationResult("Hạn nộp hồ sơ phải sau ngày bắt đầu nhận hồ sơ.", [nameof(SubmissionCloses)]);
    }
}

public sealed record GroupCount(string Code, string Name, int Entries, int Certified);

public sealed record RoundStatistics(int RoundId, RoundLevel Level, int Year, int Entries, int Provinces, int ProvincesTotal,
    IReadOnlyList<GroupCount> ByGroup, int Certified);

/// <summary>A refused step on a round: the status it answered, the reason (in the user's language) and the values
/// typed, as "label: value".</summary>
public sealed record RoundRefusal(int Status, string Reason, IReadOnlyList<string> Typed);
