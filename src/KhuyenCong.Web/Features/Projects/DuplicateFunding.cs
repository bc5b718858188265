using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Web.Features.Projects;

public sealed record DuplicateFunding(string Establishment, string TaxCode, string ProjectCode, int Year,
    ProjectStatus Status);
