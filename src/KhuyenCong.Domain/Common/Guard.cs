namespace KhuyenCong.Domain.Common;

public static class Guard
{
    public static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainException("Thiếu thông tin bắt buộc: {0}.", new MessageTerm(name))
            : value.Trim();

    /// <summary>A value a step cannot go without (an amount, a date, a score), with the same refusal as text.</summary>
    public static T Required<T>(T? value, string name) where T : struct =>
        value ?? throw new DomainException("Thiếu thông tin bắt buộc: {0}.", new MessageTerm(name));
}
