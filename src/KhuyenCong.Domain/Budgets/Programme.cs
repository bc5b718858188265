using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Budgets;

/// <summary>
/// Chương trình khuyến công: the national programme (e.g. 2021–2025, QĐ 1881/QĐ-TTg) or a province's
/// own programme for a period. Annual plans may refer to it.
/// </summary>
public class Programme : AuditableEntity, IScopedRecord
{
    private Programme() { }

    public Programme(string name, AdministrativeUnit? province, int startYear, int endYear, string decisionNumber,
        DateOnly decisionDate)
    {
        if (province is not null && province.Level != UnitLevel.Province)
            throw new DomainException("Chương trình khuyến công địa phương phải thuộc một tỉnh/thành phố.");
        ProvinceUnitId = province?.Id;
        ProvinceUnit = province;
        Update(name, startYear, endYear, decisionNumber, decisionDate);
    }

    public string Name { get; private set; } = "";

    /// <summary>The province of a provincial programme; null for the national programme.</summary>
    public int? ProvinceUnitId { get; private set; }

    public AdministrativeUnit? ProvinceUnit { get; private set; }
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }

    public bool IsNational => ProvinceUnitId is null;
    int? IScopedRecord.ScopeUnitId => ProvinceUnitId;

    public bool Covers(int year) => StartYear <= year && year <= EndYear;

    public void Update(string name, int startYear, int endYear, string decisionNumber, DateOnly decisionDate)
    {
        BudgetRules.CheckYear(startYear);
        BudgetRules.CheckYear(endYear);
        if (endYear < startYear)
            throw new DomainException("Năm kết thúc ({0}) không được trước năm bắt đầu ({1}).", endYear, startYear);
        Name = Guard.Required(name, "tên chương trình");
        StartYear = startYear;
        EndYear = endYear;
        DecisionNumber = Guard.Required(decisionNumber, "số quyết định");
        DecisionDate = decisionDate;
    }
}
