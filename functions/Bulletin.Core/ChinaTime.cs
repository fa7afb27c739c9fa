namespace Bulletin;

/// <summary>The office's time zone (Asia/Shanghai) and the Chinese date forms its documents use.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = Find(TimeZoneInfo.FindSystemTimeZoneById);

    /// <summary>The China calendar date of <paramref name="time"/>.</summary>
    public static DateOnly Date(DateTimeOffset time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, Zone).DateTime);

    /// <summary>2020年3月8日</summary>
    public static string FormatDate(DateTimeOffset time) => $"{time.Year}年{time.Month}月{time.Day}日";

    /// <summary>2020年3月8日 09:30</summary>
    public static string FormatDateTime(DateTimeOffset time) => $"{FormatDate(time)} {time:HH:mm}";

    /// <summary>Asia/Shanghai from the system's time-zone data (on Linux the tzdata files, not ICU); on a host without them
    /// (a slim container, invariant globalization) the same rule built in: UTC+8 all year, as in China since 1992.</summary>
    internal static TimeZoneInfo Find(Func<string, TimeZoneInfo> system)
    {
        try { return system("Asia/Shanghai"); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
