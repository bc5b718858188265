namespace KhuyenCong.Domain.Common;

/// <summary>
/// A step that is not allowed from the record's current state; the web answers 409 and changes nothing.
/// </summary>
public sealed class WorkflowException(string messageKey, params object?[] arguments)
    : DomainException(messageKey, arguments);
