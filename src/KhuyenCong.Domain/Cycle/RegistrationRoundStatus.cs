namespace KhuyenCong.Domain.Cycle;

/// <summary>
/// Where a KCQG registration round stands: open for packages (late ones too), or closed by the ministry.
/// </summary>
public enum RegistrationRoundStatus
{
    Open = 1,
    Closed = 2,
}
