using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Cycle;

/// <summary>The ministry's indicative KCQG figure (số kiểm tra) for one province in a registration round.</summary>
public sealed class IndicativeFigure : AuditableEntity
{
    private IndicativeFigure() { }

    internal IndicativeFigure(int provinceUnitId, Vnd amount)
    {
        ProvinceUnitId = provinceUnitId;
        AmountDong = amount.Dong;
    }

    public int RoundId { get; private set; }
    public int ProvinceUnitId { get; private set; }
    public long AmountDong { get; private set; }
    public Vnd Amount => new(AmountDong);

    internal void Change(Vnd amount) => AmountDong = amount.Dong;
}
