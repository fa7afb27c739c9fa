using Azure.Storage.Blobs;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Issues;
using Bulletin.Issues.Storage;
using Bulletin.Statistics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bulletin.Tests.Statistics;

/// <summary>Rebuilding the facts from the submissions and issue tables (year 2031, apart from the generated history).</summary>
[Collection(StatisticsStorageCollection.Name)]
public sealed class StatisticsRebuildTests(StatisticsStorageFixture store)
{
    [Fact]
    public async Task Rebuilding_from_submissions_and_published_issues_gives_the_same_counts_however_often_it_runs()
    {
        var submissions = new SubmissionStore(store.Tables, new BlobServiceClient(store.ConnectionString));
        var issues = new IssueStore(store.Tables);
        var rebuilder = new StatisticsRebuilder(submissions, issues, store.Facts, NullLogger<StatisticsRebuilder>.Instance);
        var history = StatisticsHistory.Generate(2031, 1, 3, 2, seed: 7);
        foreach (var item in history.Items)
            await submissions.AddIfAbsentAsync(StatisticsHistory.ToSubmission(item), null, CancellationToken.None);
        var printed = history.Issues[0].Articles;
        var issue = new AssembledIssue(2031, 1, 1, IssueState.Draft, "上街信息", "中共上街区委办公室", new DateOnly(2031, 2, 1), null, printed, "区县处级领导", "各街道办事处", ["郝婕"]);
        var added = await issues.AddDraftAsync(issue, CancellationToken.None);
        var signed = await issues.TrySaveAsync(issue with { State = IssueState.SignedOff }, added.ETag!.Value, CancellationToken.None);
        Assert.True((await issues.TrySaveAsync(issue with { State = IssueState.Published }, signed.ETag!.Value, CancellationToken.None)).Saved);

        var first = await rebuilder.RebuildAsync(StatisticsPeriod.Year(2031), CancellationToken.None);
        var once = await store.Facts.ListAsync(StatisticsPeriod.Year(2031), CancellationToken.None);
        var second = await rebuilder.RebuildAsync(StatisticsPeriod.Year(2031), CancellationToken.None);
        var twice = await store.Facts.ListAsync(StatisticsPeriod.Year(2031), CancellationToken.None);

        Assert.Equal(history.Items.Count, first.Submissions);
        Assert.Equal(first, second);
        Assert.Equal(once.OrderBy(f => f.SubmissionId), twice.OrderBy(f => f.SubmissionId));
        Assert.Equal(history.Items.Select(i => (i.Id, i.Unit, i.Status)).Order(), once.Select(f => (f.SubmissionId, f.Unit, f.Status)).Order());
        Assert.Equal([printed[0].SubmissionId], once.Where(f => f.Lead).Select(f => f.SubmissionId));
        Assert.Equal(printed.Select(a => a.SubmissionId).Order(), once.Where(f => f.Published).Select(f => f.SubmissionId).Order());
    }

    [Fact]
    public async Task A_later_decision_replaces_the_status_and_keeps_what_the_issue_recorded()
    {
        var recorder = new StatisticsRecorder(store.Facts);
        var submission = StatisticsHistory.ToSubmission(new StatisticsHistory.Item(
            SubmissionId.Create(DateTimeOffset.Parse("2032-03-01T00:10:00+08:00"), "decided-later"), "区总工会",
            DateTimeOffset.Parse("2032-02-29T16:10:00Z"), SubmissionStatus.Submitted, false, false));
        var issue = new AssembledIssue(2032, 9, 9, IssueState.Published, "上街信息", "中共上街区委办公室", new DateOnly(2032, 3, 5), null,
            [new AssembledArticle(submission.Id, "标题", ["正文"], "区总工会")], "区县处级领导", "各街道办事处", ["郝婕"]);

        await recorder.SubmissionChangedAsync(submission, CancellationToken.None);
        await recorder.IssuePublishedAsync(issue, CancellationToken.None);
        await recorder.SubmissionChangedAsync(submission with { Status = SubmissionStatus.Adopted }, CancellationToken.None);
        await recorder.IssuePublishedAsync(issue, CancellationToken.None);

        var fact = Assert.Single(await store.Facts.ListAsync(StatisticsPeriod.Month(2032, 3), CancellationToken.None));
        // The issue's series (the default one, a 正刊) is kept with the fact since series are recorded at publication.
        Assert.Equal(new StatisticsFact(submission.Id, "区总工会", new DateOnly(2032, 3, 1), SubmissionStatus.Adopted, true, true)
            { Series = "main", SeriesKind = "正刊" }, fact);
    }

    [Fact]
    public async Task Twenty_submissions_of_one_unit_recorded_at_once_all_land_in_its_month()
    {
        var items = Enumerable.Range(0, 20).Select(i => new StatisticsHistory.Item(
            SubmissionId.Create(DateTimeOffset.Parse("2033-05-10T10:00:00+08:00"), $"parallel-{i}"), "峡窝镇",
            DateTimeOffset.Parse("2033-05-10T02:00:00Z"), i % 2 == 0 ? SubmissionStatus.Adopted : SubmissionStatus.Rejected, false, false)).ToList();

        await Task.WhenAll(items.Select(i => store.Facts.RecordSubmissionsAsync([StatisticsHistory.ToSubmission(i)], CancellationToken.None)));

        var facts = await store.Facts.ListAsync(StatisticsPeriod.Month(2033, 5), CancellationToken.None);
        Assert.Equal(items.Select(i => (i.Id, i.Status)).Order(), facts.Select(f => (f.SubmissionId, f.Status)).Order());
    }
}
