using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Projects;

public sealed record DisbursementRow(DisbursementKind Kind, string DocumentNumber, DateOnly Date, Vnd Amount,
    string? Note);
