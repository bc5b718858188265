namespace KhuyenCong.Domain.Common;

public static class Guard
{
    public static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainException("Thiếu thông tin bắt buộc: {0}.", new MessageTerm(name))
            : value.Trim();
}
