namespace KhuyenCong.Web.Features.Projects;

/// <summary>One project as in the list, with its cost lines and history.</summary>
public sealed record ProjectDocument(string Code, string Name, int Year, string Fund, string Kind, string Status,
    string ProvinceCode, string UnitCode, string ImplementingOrganisation, long RequestedSupport,
    long? ApprovedSupport, long Disbursed, long? Settled, IReadOnlyList<CostLineItem> CostLines,
    IReadOnlyList<HistoryItem> History)
    : ProjectItem(Code, Name, Year, Fund, Kind, Status, ProvinceCode, UnitCode, ImplementingOrganisation,
        RequestedSupport, ApprovedSupport, Disbursed, Settled);
