using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// A workflow step the round's current state does not allow (e.g. scoring outside Scoring). Controllers answer 409,
/// unlike plain <see cref="DomainException"/>s about bad input, which re-show the form.
/// </summary>
public sealed class RoundStateException(string messageKey, params object?[] arguments)
    : DomainException(messageKey, arguments);
