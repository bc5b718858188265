namespace KhuyenCong.Web.Features.Projects;

public sealed record BeneficiaryRow(int Id, string Name, string? TaxCode, string? Area);
