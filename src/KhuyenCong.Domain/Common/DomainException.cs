namespace KhuyenCong.Domain.Common;

/// <summary>A business rule refused an action; the message is shown to the user as it is.</summary>
public class DomainException(string message) : Exception(message);
