namespace KhuyenCong.Web.Features.Notifications;

/// <summary>The stage of a day against a deadline; null outside the reminder windows.</summary>
public static class DeadlineStages
{
    /// <summary>How long after the deadline the "overdue" reminder may still go out (a job down for days, a new
    /// instance): long-past periods stay quiet instead of all reminding on the first run.</summary>
    public const int OverdueWindowDays = 30;

    public static DeadlineStage? Of(DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        return days switch
        {
            0 => DeadlineStage.Today,
            > 0 and <= DeadlineReminders.DaysAhead => DeadlineStage.Soon,
            < 0 and >= -OverdueWindowDays => DeadlineStage.Overdue,
            _ => null,
        };
    }

    public static string Key(DeadlineStage stage) => stage.ToString().ToLowerInvariant();
}
