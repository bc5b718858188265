using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Organisations;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// Who may organise a round of which level, and over which units (Circular 26/2014/TT-BCT as amended by Circular
/// 38/2025/TT-BCT, in force 01/07/2025; DOMAIN §6 and §10). From that day there are four levels: commune (organised
/// by the commune People's Committee), provincial (the Sở Công Thương organises for the provincial People's
/// Committee), regional and national (the ministry's khuyến công department); there is no district level.
/// </summary>
public static class Circular38
{
    /// <summary>The day the amended circular and the two-level local government took effect.</summary>
    public static readonly DateOnly InForceFrom = AdministrativeUnit.CurrentValidFrom;

    /// <summary>
    /// Whether a round falls under the amended rules. Round years from 2026 always do, years up to 2024 never.
    /// Round year 2025 straddles the reform, so it goes by the day the round opened for entries: a round that began
    /// taking entries before 01/07/2025 was organised by the units and organisations of that time (a district round
    /// of spring 2025 stays what it was); one opened from 01/07/2025 can only be organised under the new structure.
    /// </summary>
    public static bool Applies(int year, DateOnly submissionOpens) =>
        year >= 2026 || (year == 2025 && submissionOpens >= InForceFrom);

    /// <summary>
    /// Refuses an organiser who may not hold a round of this level on its date, naming what is wrong. The organiser's
    /// scope unit must be loaded for a local organisation.
    /// </summary>
    public static void CheckOrganiser(RoundLevel level, bool applies, Organisation organiser, DateOnly submissionOpens)
    {
        ArgumentNullException.ThrowIfNull(organiser);
        // The kind of organiser first: "no district rounds any more" says more than "this committee has ended".
        if (level is RoundLevel.Regional or RoundLevel.National)
        {
            if (organiser.Kind != OrganisationKind.Ministry)
                throw new DomainException(
                    "Vòng bình chọn cấp khu vực, quốc gia do Bộ Công Thương (cơ quan khuyến công của Bộ) tổ chức; " +
                    "{0} không phải cơ quan của Bộ.", organiser.Name);
        }
        else if (organiser.ScopeUnitId is null)
            throw new DomainException("Vòng bình chọn cấp tỉnh, huyện, xã do đơn vị địa phương tổ chức.");
        else if (applies) CheckLocalOrganiser(level, organiser);
        else if (organiser.ScopeUnit is { Generation: UnitGeneration.Current } unit)
            throw new DomainException(
                "Vòng bình chọn mở nhận hồ sơ trước 01/07/2025 dùng đơn vị hành chính trước sắp xếp; " +
                "{0} phụ trách {1} (đơn vị từ 01/07/2025).", organiser.Name, unit.Name);
        if (!organiser.IsActiveOn(submissionOpens))
            throw new DomainException(
                "{0} không hoạt động vào ngày bắt đầu nhận hồ sơ {1}: không thể tổ chức vòng bình chọn này.",
                organiser.Name, MessageArguments.Date(submissionOpens));
    }

    private static void CheckLocalOrganiser(RoundLevel level, Organisation organiser)
    {
        var unit = organiser.ScopeUnit
            ?? throw new InvalidOperationException("The organiser's scope unit must be loaded.");
        if (level == RoundLevel.Local)
        {
            if (organiser.Kind == OrganisationKind.DistrictCommittee || unit.Level == UnitLevel.District)
                throw new DomainException(
                    "Theo Thông tư 38/2025/TT-BCT, từ 01/07/2025 không còn bình chọn cấp huyện; vòng cấp xã do UBND " +
                    "xã, phường, đặc khu tổ chức. {0} là UBND cấp huyện.", organiser.Name);
            if (organiser.Kind != OrganisationKind.CommuneCommittee)
                throw new DomainException(
                    "Theo Thông tư 38/2025/TT-BCT, vòng bình chọn cấp xã do UBND xã, phường, đặc khu tổ chức; " +
                    "{0} không phải UBND cấp xã.", organiser.Name);
            if (unit.Generation != UnitGeneration.Current)
                throw new DomainException(
                    "Theo Thông tư 38/2025/TT-BCT, vòng bình chọn cấp xã từ 01/07/2025 thuộc một xã, phường, đặc khu " +
                    "hiện hành; {0} (trước 01/07/2025) không còn.", unit.Name);
            return;
        }
        if (organiser.Kind != OrganisationKind.ProvincialDepartment)
            throw new DomainException(
                "Theo Thông tư 38/2025/TT-BCT, vòng bình chọn cấp tỉnh do Sở Công Thương tổ chức (UBND cấp tỉnh chủ " +
                "trì); {0} không phải Sở Công Thương.", organiser.Name);
        if (unit.Generation != UnitGeneration.Current)
            throw new DomainException(
                "Theo Thông tư 38/2025/TT-BCT, vòng bình chọn cấp tỉnh từ 01/07/2025 thuộc một tỉnh, thành phố hiện " +
                "hành; {0} (trước 01/07/2025) không còn.", unit.Name);
    }

    /// <summary>
    /// The provinces a regional round covers: at least one, provinces only, of the generation of the round's date
    /// (current provinces under the amended rules). Other levels list none.
    /// </summary>
    public static void CheckProvinces(RoundLevel level, bool applies, IReadOnlyCollection<AdministrativeUnit> provinces)
    {
        if (level != RoundLevel.Regional)
        {
            if (provinces.Count > 0)
                throw new DomainException("Chỉ vòng cấp khu vực mới chọn các tỉnh, thành phố tham gia.");
            return;
        }
        if (provinces.Count == 0)
            throw new DomainException("Vòng bình chọn cấp khu vực phải chọn các tỉnh, thành phố thuộc khu vực.");
        var generation = applies ? UnitGeneration.Current : UnitGeneration.Legacy;
        var wrong = provinces.FirstOrDefault(p => p.Level != UnitLevel.Province || p.Generation != generation);
        if (wrong is null) return;
        if (applies)
            throw new DomainException(
                "Theo Thông tư 38/2025/TT-BCT, vòng cấp khu vực từ 01/07/2025 gồm các tỉnh, thành phố hiện hành; " +
                "{0} không phải tỉnh, thành phố hiện hành.", wrong.Name);
        throw new DomainException(
            "Vòng bình chọn trước 01/07/2025 gồm các tỉnh, thành phố trước sắp xếp; {0} không phải.", wrong.Name);
    }
}
