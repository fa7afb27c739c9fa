using Bulletin.Statistics;

namespace Bulletin.Tests.Statistics;

public sealed class StatisticsPeriodTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-25T10:00:00+08:00");

    [Theory]
    [InlineData("2026-02", "2026-02-01", "2026-02-28", "2026年2月")]
    [InlineData("2024-2", "2024-02-01", "2024-02-29", "2024年2月")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31", "2026年第四季度")]
    [InlineData("2026", "2026-01-01", "2026-12-31", "2026年")]
    public void A_month_quarter_or_year_covers_its_China_dates(string code, string from, string to, string label)
    {
        Assert.True(StatisticsPeriod.TryParse(code, null, null, Now, out var period, out var error), error);
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to), label), (period.From, period.To, period.Label));
        Assert.True(StatisticsPeriod.TryParse(period.Code, null, null, Now, out var again, out _));
        Assert.Equal(period, again);
    }

    [Fact]
    public void Nothing_chosen_is_the_current_month_in_China_even_when_UTC_is_still_in_the_previous_one()
    {
        Assert.True(StatisticsPeriod.TryParse(null, null, null, DateTimeOffset.Parse("2026-11-30T16:30:00Z"), out var period, out _));
        Assert.Equal(StatisticsPeriod.Month(2026, 12), period);
    }

    [Fact]
    public void The_previous_month_at_0030_on_the_first_in_China_is_the_month_that_just_ended()
    {
        Assert.Equal(StatisticsPeriod.Month(2026, 12), StatisticsPeriod.PreviousMonth(DateTimeOffset.Parse("2026-12-31T16:30:00Z")));
    }

    [Fact]
    public void A_custom_range_touches_the_months_it_spans()
    {
        Assert.True(StatisticsPeriod.TryParse(null, "2025-12-15", "2026-02-01", Now, out var period, out _));
        Assert.Equal(["202512", "202601", "202602"], period.Months());
        Assert.Equal("20251215-20260201", period.Code);
        Assert.Equal("2025年12月15日至2026年2月1日", period.Label);
    }

    [Theory]
    [InlineData("2026-13", null, null, "月份应在 1 至 12 之间")]
    [InlineData("26年", null, null, "时段格式不对")]
    [InlineData(null, "2026-03-01", "2026-02-01", "结束日期不能早于开始日期")]
    [InlineData(null, "2026/03/01", "2026-04-01", "请按“2026-01-01”的格式")]
    [InlineData(null, "2010-01-01", "2026-01-01", "最长五年")]
    public void A_bad_period_is_refused_in_Chinese(string? code, string? from, string? to, string expected)
    {
        Assert.False(StatisticsPeriod.TryParse(code, from, to, Now, out _, out var error));
        Assert.Contains(expected, error);
    }
}
