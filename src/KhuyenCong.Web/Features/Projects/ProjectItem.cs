namespace KhuyenCong.Web.Features.Projects;

public record ProjectItem(string Code, string Name, int Year, string Fund, string Kind, string Status,
    string ProvinceCode, string UnitCode, string ImplementingOrganisation, long RequestedSupport,
    long? ApprovedSupport, long Disbursed, long? Settled);
