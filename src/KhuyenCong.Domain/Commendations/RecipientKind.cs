namespace KhuyenCong.Domain.Commendations;

public enum RecipientKind
{
    Organisation = 1,
    Individual = 2,
}
