namespace KhuyenCong.Domain.Cycle;

/// <summary>A province package: with the ministry, or returned to the Sở to be resent.</summary>
public enum PackageStatus
{
    Submitted = 1,
    Returned = 2,
}
