namespace KhuyenCong.Domain.Products;

public enum RoundStatus
{
    /// <summary>Receiving entries.</summary>
    Open = 1,
    /// <summary>The council scores; no new entries.</summary>
    Scoring = 2,
    /// <summary>The recognition decision is recorded; certificates are issued.</summary>
    Decided = 3,
    Closed = 4,
}
