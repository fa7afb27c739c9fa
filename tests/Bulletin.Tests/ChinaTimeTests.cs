namespace Bulletin.Tests;

/// <summary>The office's time zone resolves on any host: from the system's data where it exists, else built in.</summary>
public sealed class ChinaTimeTests
{
    private static readonly TimeZoneInfo WithoutSystemData = ChinaTime.Find(id => throw new TimeZoneNotFoundException($"no tzdata for {id}"));

    [Theory]
    [InlineData("2020-01-15T23:30:00Z", "2020-01-16T07:30:00")]
    [InlineData("2020-07-15T16:00:00Z", "2020-07-16T00:00:00")]
    [InlineData("2026-12-31T16:30:00Z", "2027-01-01T00:30:00")]
    public void Without_system_time_zone_data_office_time_is_UTC_plus_8_all_year(string utc, string office)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), WithoutSystemData);

        Assert.Equal(DateTime.Parse(office, System.Globalization.CultureInfo.InvariantCulture), local.DateTime);
        Assert.Equal(TimeSpan.FromHours(8), local.Offset);
    }

    [Fact]
    public void The_built_in_rule_matches_the_system_zone_on_every_day_since_1992()
    {
        var system = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var days = Enumerable.Range(0, (int)(new DateTime(2040, 1, 1) - new DateTime(1992, 1, 1)).TotalDays)
            .Select(d => new DateTime(1992, 1, 1, 12, 0, 0, DateTimeKind.Utc).AddDays(d));

        Assert.All(days, day => Assert.Equal(system.GetUtcOffset(day), WithoutSystemData.GetUtcOffset(day)));
    }

    [Fact]
    public void The_office_zone_is_the_system_zone_where_the_host_has_one()
    {
        Assert.Equal("Asia/Shanghai", ChinaTime.Zone.Id);
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai").GetUtcOffset(DateTime.UtcNow), ChinaTime.Zone.GetUtcOffset(DateTime.UtcNow));
    }
}
