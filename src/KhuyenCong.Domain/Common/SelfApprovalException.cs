namespace KhuyenCong.Domain.Common;

/// <summary>
/// The actor may not take this step: an item they created, or a project step the separation of duties gives to
/// someone else (Projects/Project.Duties.cs); the web answers 403.
/// </summary>
public sealed class SelfApprovalException(string messageKey, params object?[] arguments)
    : DomainException(messageKey, arguments);
