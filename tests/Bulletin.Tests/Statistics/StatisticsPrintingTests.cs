using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Statistics;

namespace Bulletin.Tests.Statistics;

/// <summary>At publication the facts record, per contributor, the series, its kind and 独编 or 综合 (year 2033, apart from the history).</summary>
[Collection(StatisticsStorageCollection.Name)]
public sealed class StatisticsPrintingTests(StatisticsStorageFixture store)
{
    [Fact]
    public async Task Each_contributor_of_a_combined_article_is_recorded_as_combined_with_the_series_and_its_kind()
    {
        var recorder = new StatisticsRecorder(store.Facts);
        var at = DateTimeOffset.Parse("2033-04-01T00:10:00+08:00");
        var (own, combinedA, combinedB) = (SubmissionId.Create(at, "own"), SubmissionId.Create(at, "combined-a"), SubmissionId.Create(at, "combined-b"));
        var issue = new AssembledIssue(2033, 3, 30, IssueState.Published, "上街信息增刊", "中共上街区委办公室", new DateOnly(2033, 4, 5), null,
            [
                new AssembledArticle(own, "独编稿", ["正文"], "区教育局"),
                new AssembledArticle(combinedA, "综合稿", ["正文"], "根据新安路街道、区总工会报送信息综合")
                {
                    Sources = [new ArticleSource(combinedA, "新安路街道"), new ArticleSource(combinedB, "区总工会")],
                },
            ], "区县处级领导", "各街道办事处", ["郝婕"]) { SeriesId = "zengkan", SeriesKind = "增刊" };

        await recorder.IssuePublishedAsync(issue, CancellationToken.None);
        await recorder.IssuePublishedAsync(issue, CancellationToken.None);

        var printed = (await store.Facts.ListPrintingsAsync(StatisticsPeriod.Month(2033, 4), CancellationToken.None)).OrderBy(p => p.Unit, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                new StatisticsPrinting(combinedB, "区总工会", new DateOnly(2033, 4, 1), "zengkan:2033-003", "zengkan", "增刊", true),
                new StatisticsPrinting(own, "区教育局", new DateOnly(2033, 4, 1), "zengkan:2033-003", "zengkan", "增刊", false),
                new StatisticsPrinting(combinedA, "新安路街道", new DateOnly(2033, 4, 1), "zengkan:2033-003", "zengkan", "增刊", true),
            ], printed);
        var facts = await store.Facts.ListAsync(StatisticsPeriod.Month(2033, 4), CancellationToken.None);
        Assert.Equal(3, facts.Count(f => f.Published));
        Assert.Single(facts, f => f.Lead);
    }
}
