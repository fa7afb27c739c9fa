using Bulletin.Review;

namespace Bulletin.Statistics.Reports;

/// <summary>When the monthly report is due: from the first working day of the month (Monday to Friday in China time, as
/// for review reminders; public holidays are not known) until it has been sent, so a missed run catches up next day.</summary>
public static class AdoptionReportSchedule
{
    /// <summary>The first Monday-to-Friday date of the month.</summary>
    public static DateOnly FirstWorkingDay(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            day = day.AddDays(1);
        return day;
    }

    /// <summary>Whether last month's report is due at <paramref name="now"/>: the China date is on or after this month's first working day.</summary>
    public static bool IsDue(DateTimeOffset now)
    {
        var today = StatisticsPeriod.ChinaDate(now);
        return today >= FirstWorkingDay(today.Year, today.Month);
    }

    /// <summary>The China day (yyyyMMdd) as the reminders count it, for logs.</summary>
    public static string ChinaDay(DateTimeOffset now) => ReviewReminderSchedule.ChinaDay(now);
}
