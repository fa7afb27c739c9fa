using System.Globalization;
using System.Text.RegularExpressions;

namespace Bulletin.Statistics;

/// <summary>A span of China dates, both ends included: a month, a quarter, a year or a custom range.
/// A submission belongs to the period of the China date it was received on (the date in its id).</summary>
public sealed partial record StatisticsPeriod(DateOnly From, DateOnly To, string Label)
{
    public const int MaxDays = 5 * 366;

    public static StatisticsPeriod Month(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        return new StatisticsPeriod(from, from.AddMonths(1).AddDays(-1), $"{year}年{month}月");
    }

    public static StatisticsPeriod Quarter(int year, int quarter)
    {
        var from = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new StatisticsPeriod(from, from.AddMonths(3).AddDays(-1), $"{year}年第{"一二三四"[quarter - 1]}季度");
    }

    public static StatisticsPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year}年");

    public static StatisticsPeriod Custom(DateOnly from, DateOnly to) =>
        new(from, to, $"{from.Year}年{from.Month}月{from.Day}日至{to.Year}年{to.Month}月{to.Day}日");

    /// <summary>The calendar month before the one <paramref name="now"/> falls in, China time.</summary>
    public static StatisticsPeriod PreviousMonth(DateTimeOffset now)
    {
        var china = TimeZoneInfo.ConvertTime(now, ChinaTime.Zone);
        var first = new DateOnly(china.Year, china.Month, 1).AddMonths(-1);
        return Month(first.Year, first.Month);
    }

    /// <summary>The China date of <paramref name="time"/>.</summary>
    public static DateOnly ChinaDate(DateTimeOffset time) => ChinaTime.Date(time);

    /// <summary>The months (yyyyMM) the period touches: the partitions to read.</summary>
    public IEnumerable<string> Months()
    {
        for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
            yield return month.ToString("yyyyMM", CultureInfo.InvariantCulture);
    }

    /// <summary>A compact code for links and file names: 2026-11, 2026-Q4, 2026, or 20260101-20260315.</summary>
    public string Code =>
        this == Year(From.Year) ? $"{From.Year}"
        : From.Month % 3 == 1 && this == Quarter(From.Year, (From.Month + 2) / 3) ? $"{From.Year}-Q{(From.Month + 2) / 3}"
        : this == Month(From.Year, From.Month) ? $"{From:yyyy-MM}"
        : $"{From:yyyyMMdd}-{To:yyyyMMdd}";

    /// <summary>The query string that selects this period again (for links to the page and the exports).</summary>
    public bool IsCustom => Code.Length == 17;

    public string Query => IsCustom ? $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}" : $"period={Code}";

    /// <summary>Reads what the period picker sends: <paramref name="period"/> as 2026-11, 2026-Q4 or 2026, or a custom
    /// range <paramref name="from"/>–<paramref name="to"/> (yyyy-MM-dd). Nothing given: the current month.</summary>
    public static bool TryParse(string? period, string? from, string? to, DateTimeOffset now, out StatisticsPeriod result, out string? error)
    {
        result = Month(ChinaDate(now).Year, ChinaDate(now).Month);
        error = null;
        if (!string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to))
        {
            if (!DateOnly.TryParseExact(from?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) ||
                !DateOnly.TryParseExact(to?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
                return Fail("请按“2026-01-01”的格式填写起止日期。", out error);
            if (end < start)
                return Fail("结束日期不能早于开始日期。", out error);
            if (end.DayNumber - start.DayNumber >= MaxDays)
                return Fail("自定义时段最长五年，请缩短时段。", out error);
            result = Custom(start, end);
            return true;
        }
        if (string.IsNullOrWhiteSpace(period))
            return true;
        var match = PeriodPattern().Match(period.Trim());
        if (!match.Success)
            return Fail("时段格式不对：月份写“2026-11”，季度写“2026-Q4”，全年写“2026”。", out error);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 2000 || year > 2100)
            return Fail("年份应在 2000 至 2100 之间。", out error);
        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
                return Fail("月份应在 1 至 12 之间。", out error);
            result = Month(year, month);
        }
        else if (match.Groups["quarter"].Success)
            result = Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
        else
            result = Year(year);
        return true;
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-(?:(?<month>\d{1,2})|[Qq](?<quarter>[1-4])))?$")]
    private static partial Regex PeriodPattern();
}
