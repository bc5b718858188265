namespace KhuyenCong.Web.Features.Plans;

/// <summary>One recipient row of the tranche form; index -1 is the template the page copies.</summary>
public sealed record TrancheRowView(TrancheFormModel Form, int Index);
