using KhuyenCong.Domain.Commendations;

namespace KhuyenCong.Web.Features.Commendations;

public sealed record CommendationRow(int Id, RecipientKind Kind, string Recipient, string? RecipientOrganisation,
    string Form, int PeriodFrom, int PeriodTo, string DecisionNumber, DateOnly DecisionDate, string? Reason,
    string? Unit);
