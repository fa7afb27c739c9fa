namespace Bulletin.Review;

/// <summary>When a waiting submission is due for a reminder: after a number of working days (Monday to Friday in
/// China time; public holidays are not known and count as working days).</summary>
public static class ReviewReminderSchedule
{
    /// <summary>The moment <paramref name="workingDays"/> working days after <paramref name="receivedAt"/>: each day
    /// forward lands on a weekday, so a Friday afternoon submission is due two working days later on Tuesday afternoon.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset receivedAt, int workingDays)
    {
        var due = TimeZoneInfo.ConvertTime(receivedAt, ChinaTime.Zone);
        for (var i = 0; i < workingDays; i++)
        {
            due = due.AddDays(1);
            while (due.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                due = due.AddDays(1);
        }
        return due;
    }

    public static bool IsDue(DateTimeOffset receivedAt, int workingDays, DateTimeOffset now) => now >= DueAt(receivedAt, workingDays);

    /// <summary>The China date of <paramref name="now"/> as yyyyMMdd: reminders go out at most once per editor per such day.</summary>
    public static string ChinaDay(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, ChinaTime.Zone).ToString("yyyyMMdd");
}
