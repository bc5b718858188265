namespace KhuyenCong.Web.Features.Registration;

/// <summary>
/// The rounds, and who the user is in them: the ministry (opens, consolidates) or a province (sends).
/// </summary>
public sealed record RoundIndexViewModel(IReadOnlyList<RoundListRow> Rounds, bool CanOpen, int? OwnProvinceId,
    DateOnly Today);
