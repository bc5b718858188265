namespace KhuyenCong.Web.Features.Projects;

/// <summary>A signed document's number and date, as recorded on its draft.</summary>
public sealed record SignedNumber(string Number, DateOnly Date);
