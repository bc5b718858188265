namespace KhuyenCong.Web.Features.Projects;

public sealed record CostLineItem(int Order, string Item, long Total, long FundSupport, long Contribution,
    long OtherSources, string? Note);
