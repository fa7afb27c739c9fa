using Bulletin.Intake;
using Bulletin.Statistics;

namespace Bulletin.Tests.Statistics;

/// <summary>The statistics columns of upper-level adoptions, 批示, 独编/综合 and the year ranking, without storage.</summary>
public sealed class UpperLevelColumnsTests
{
    private static StatisticsFact Adopted(string id, string unit) => new(id, unit, new DateOnly(2026, 11, 2), SubmissionStatus.Adopted, true, false);

    private static readonly PointsRule Rule = new StatisticsOptions().Rule();

    [Fact]
    public void Upper_adoptions_and_instructions_are_weighed_by_level_and_shown_only_when_the_period_has_some()
    {
        var plain = StatisticsService.Tabulate(StatisticsPeriod.Month(2026, 11), [Adopted("20261102-AAAAAA", "新安路街道")], [], Rule);
        var scored = StatisticsService.Tabulate(StatisticsPeriod.Month(2026, 11),
            [Adopted("20261102-AAAAAA", "新安路街道") with { UpperAdoptions = ["市", "省"], Instructions = ["国家"] }], [], Rule);

        Assert.DoesNotContain(plain.Terms, t => t.Label == "市级采用");
        Assert.Contains("市级采用", StatisticsColumns.Headers(scored));
        Assert.Contains("国家级批示", StatisticsColumns.Headers(scored));
        Assert.Equal(plain.Units[0].Points + 10 + 20 + 40, scored.Units[0].Points);
        Assert.Equal(1, scored.Units[0].Count(UpperLevelTerms.UpperTerm("省")));
    }

    [Fact]
    public void A_combined_article_counts_under_综合_and_a_solo_one_under_独编_once_any_综合_exists()
    {
        var table = StatisticsService.Tabulate(StatisticsPeriod.Month(2026, 11),
            [Adopted("20261102-AAAAAA", "新安路街道"), Adopted("20261103-BBBBBB", "区总工会") with { Combined = true }], [], Rule);

        var xinanlu = table.Units.Single(u => u.Unit == "新安路街道");
        var zgh = table.Units.Single(u => u.Unit == "区总工会");
        Assert.Equal((1, 0), (xinanlu.Count(StatisticsTerms.Solo), xinanlu.Count(StatisticsTerms.Combined)));
        Assert.Equal((0, 1), (zgh.Count(StatisticsTerms.Solo), zgh.Count(StatisticsTerms.Combined)));
        Assert.Contains("独编", StatisticsColumns.Headers(table));
        Assert.Equal(xinanlu.Points + 1, zgh.Points); // combined=1 in the default rule
    }

    [Fact]
    public void A_year_table_ranks_units_by_points_with_ties_sharing_a_place_and_a_month_table_has_no_rank()
    {
        StatisticsFact[] facts = [Adopted("20261102-AAAAAA", "新安路街道") with { UpperAdoptions = ["市"] }, Adopted("20261103-BBBBBB", "区总工会"), Adopted("20261104-CCCCCC", "峡窝镇")];
        var year = StatisticsService.Tabulate(StatisticsPeriod.Year(2026), facts, [], Rule);
        var month = StatisticsService.Tabulate(StatisticsPeriod.Month(2026, 11), facts, [], Rule);

        Assert.Equal("排名", StatisticsColumns.Headers(year)[^1]);
        Assert.Equal([1, 2, 2], year.Units.Select(u => year.RankOf(u)));
        Assert.Equal("", StatisticsColumns.Cells(year, year.Total)[^1]);
        Assert.DoesNotContain("排名", StatisticsColumns.Headers(month));
    }
}
