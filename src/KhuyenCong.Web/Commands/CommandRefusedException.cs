namespace KhuyenCong.Web.Commands;

/// <summary>
/// A command that will not run as asked (bad arguments, an administrator already there, a non-empty target):
/// the message goes to stderr and the exit code is 2, with nothing changed.
/// </summary>
public sealed class CommandRefusedException(string message) : Exception(message);
