namespace KhuyenCong.Web.Features.AdminUnits;

public sealed record LinkedUnit(int Id, string Code, string Name, string? Note);
