using KhuyenCong.Domain.Products;

namespace KhuyenCong.Web.Features.Certificates;

public sealed record CertificateRow(string Number, string Product, string Producer, string Group, string Province,
    RoundLevel Level, int Year, DateOnly IssueDate, DateOnly ValidUntil, DateOnly RoundOpens);
