using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>How many products each province (or, for a provincial round, each commune) may nominate.</summary>
public partial class ProductRound
{
    /// <summary>The per-province (per-commune) nomination quota; null when the round sets none.</summary>
    public int? NominationQuota { get; private set; }

    /// <summary>Whether provinces (or communes) nominate to this round: every level above the commune.</summary>
    public bool TakesNominations => Level is not RoundLevel.Local;

    public void SetNominationQuota(int? quota)
    {
        if (!TakesNominations)
            throw new DomainException("Vòng bình chọn cấp xã không nhận đề cử nên không có số lượng đề cử.");
        RequireStep(ProductAction.SetNominationQuota, "Chỉ đặt số lượng đề cử khi vòng bình chọn đang nhận hồ sơ.");
        if (quota is <= 0) throw new DomainException("Số sản phẩm được đề cử tối đa phải lớn hơn 0.");
        NominationQuota = quota;
    }
}
