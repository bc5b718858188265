namespace KhuyenCong.Web.Features.Notifications;

/// <summary>
/// Where a day stands against a deadline, for the cycle's reminders: each stage reminds once (its own dedupe key),
/// so a province that has not sent hears of it a week before, on the day, and once after.
/// </summary>
public enum DeadlineStage
{
    Soon = 1,
    Today = 2,
    Overdue = 3,
}
