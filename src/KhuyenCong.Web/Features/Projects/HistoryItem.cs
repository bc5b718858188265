namespace KhuyenCong.Web.Features.Projects;

public sealed record HistoryItem(string Action, string From, string To, string By, DateTime At, string? Comment,
    string? DecisionNumber, DateOnly? DecisionDate, long? Amount);
