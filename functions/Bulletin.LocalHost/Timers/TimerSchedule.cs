using NCrontab;

namespace Bulletin.LocalHost.Timers;

/// <summary>A timer trigger's schedule: six-field NCRONTAB (seconds first, five fields accepted too) or a TimeSpan interval.</summary>
internal sealed class TimerSchedule
{
    private readonly CrontabSchedule? _cron;
    private readonly TimeSpan? _interval;

    private TimerSchedule(CrontabSchedule? cron, TimeSpan? interval) => (_cron, _interval) = (cron, interval);

    public static TimerSchedule Parse(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is 5 or 6)
            return new TimerSchedule(CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = fields.Length == 6 }), null);
        if (TimeSpan.TryParse(expression, out var interval) && interval > TimeSpan.Zero)
            return new TimerSchedule(null, interval);
        throw new FormatException($"'{expression}' is neither an NCRONTAB expression ('0 */5 * * * *') nor a TimeSpan ('00:05:00').");
    }

    /// <summary>The next occurrence after <paramref name="after"/>, in local time as the Functions host computes it (WEBSITE_TIME_ZONE aside).</summary>
    public DateTimeOffset Next(DateTimeOffset after) => _cron is not null
        ? new DateTimeOffset(_cron.GetNextOccurrence(after.LocalDateTime), TimeZoneInfo.Local.GetUtcOffset(_cron.GetNextOccurrence(after.LocalDateTime)))
        : after + _interval!.Value;
}
