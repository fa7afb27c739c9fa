using Bulletin.Intake;
using Bulletin.Statistics;

namespace Bulletin.Tests.Statistics;

/// <summary>Statistics over the generated history, checked against a count the test makes itself from the generated items.</summary>
[Collection(StatisticsStorageCollection.Name)]
public sealed class StatisticsQueryTests(StatisticsStorageFixture store)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-25T10:00:00+08:00");

    [Theory]
    [InlineData("2026", null, null)]
    [InlineData("2025-Q1", null, null)]
    [InlineData("2026-02", null, null)]
    [InlineData(null, "2025-12-15", "2026-01-10")]
    public async Task Each_unit_has_the_counts_of_the_submissions_received_in_the_period_in_China_time(string? code, string? from, string? to)
    {
        Assert.True(StatisticsPeriod.TryParse(code, from, to, Now, out var period, out var error), error);
        Assert.True(PointsRule.TryParse("adopted=2;published_lead=5;rejected=-1", out var rule, out error), error);

        var table = StatisticsService.Tabulate(period, await store.Facts.ListAsync(period, CancellationToken.None), store.History.Units, rule);

        var inPeriod = store.History.Items.Where(i => StatisticsHistory.ChinaDate(i.ReceivedAtUtc) is var d && d >= period.From && d <= period.To).ToList();
        Assert.NotEmpty(inPeriod);
        Assert.Equal(store.History.Units.Order(), table.Units.Select(u => u.Unit).Order());
        foreach (var unit in table.Units)
        {
            var mine = inPeriod.Where(i => i.Unit == unit.Unit).ToList();
            var adopted = mine.Count(i => i.Status == SubmissionStatus.Adopted);
            var rejected = mine.Count(i => i.Status == SubmissionStatus.Rejected);
            var leads = mine.Count(i => i.Lead);
            Assert.Equal(mine.Count, unit.Submitted);
            Assert.Equal(adopted, unit.Adopted);
            Assert.Equal(mine.Count(i => i.Status == SubmissionStatus.RevisionRequested), unit.Count(StatisticsTerms.SentBack));
            Assert.Equal(rejected, unit.Count(StatisticsTerms.Rejected));
            Assert.Equal(mine.Count(i => i.Published), unit.Count(StatisticsTerms.Published));
            Assert.Equal(leads, unit.Count(StatisticsTerms.PublishedLead));
            Assert.Equal(2 * adopted + 5 * leads - rejected, unit.Points);
            Assert.Equal((decimal)adopted / mine.Count, unit.AdoptionRate);
        }
        Assert.Equal(inPeriod.Count, table.Total.Submitted);
        Assert.Equal(table.Units.Select(u => u.Points).OrderDescending(), table.Units.Select(u => u.Points));
    }

    [Fact]
    public async Task A_submission_received_at_0030_China_time_on_the_first_counts_in_that_month_not_the_previous_one()
    {
        var early = store.History.Items.First(i => i.ReceivedAtUtc.UtcDateTime.Hour >= 16 && StatisticsHistory.ChinaDate(i.ReceivedAtUtc).Day == 1);
        var chinaMonth = StatisticsHistory.ChinaDate(early.ReceivedAtUtc);
        var utcMonth = early.ReceivedAtUtc.UtcDateTime;

        var inChinaMonth = await store.Facts.ListAsync(StatisticsPeriod.Month(chinaMonth.Year, chinaMonth.Month), CancellationToken.None);
        var inUtcMonth = await store.Facts.ListAsync(StatisticsPeriod.Month(utcMonth.Year, utcMonth.Month), CancellationToken.None);

        Assert.Contains(inChinaMonth, f => f.SubmissionId == early.Id);
        Assert.DoesNotContain(inUtcMonth, f => f.SubmissionId == early.Id);
    }

    [Fact]
    public async Task A_unit_of_the_directory_that_sent_nothing_is_listed_with_zeros()
    {
        var period = StatisticsPeriod.Month(2026, 3);
        var table = StatisticsService.Tabulate(period, await store.Facts.ListAsync(period, CancellationToken.None), [.. store.History.Units, "区教育局"],
            new StatisticsOptions().Rule());

        var quiet = Assert.Single(table.Units, u => u.Unit == "区教育局");
        Assert.Equal(0, quiet.Submitted);
        Assert.Null(quiet.AdoptionRate);
        Assert.Equal("—", quiet.AdoptionRateText);
        Assert.Equal("区教育局", table.Units[^1].Unit);
    }
}
