namespace KhuyenCong.Web.Features.ProductRounds;

/// <summary>The steps taken on one product entry's page.</summary>
public enum EntryStep
{
    Score,
    Recuse,
    Eligibility,
    Certificate,
    Attach,
}
