namespace Bulletin;

/// <summary>The office's time zone (Asia/Shanghai) and the Chinese date forms its documents use.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>2020年3月8日</summary>
    public static string FormatDate(DateTimeOffset time) => $"{time.Year}年{time.Month}月{time.Day}日";

    /// <summary>2020年3月8日 09:30</summary>
    public static string FormatDateTime(DateTimeOffset time) => $"{FormatDate(time)} {time:HH:mm}";
}
