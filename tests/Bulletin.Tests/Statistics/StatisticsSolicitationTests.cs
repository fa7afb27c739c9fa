using Azure.Data.Tables;
using Bulletin.Intake;
using Bulletin.Statistics;
using Bulletin.Statistics.Storage;
using Bulletin.Storage;

namespace Bulletin.Tests.Statistics;

/// <summary>Answers to solicitations (约稿) in the unit-month rows (year 2034, apart from the generated history).</summary>
[Collection(StatisticsStorageCollection.Name)]
public sealed class StatisticsSolicitationTests(StatisticsStorageFixture store)
{
    private static readonly DateTimeOffset Deadline = DateTimeOffset.Parse("2034-03-31T18:00:00+08:00");

    [Fact]
    public async Task A_missing_answer_counts_on_the_deadline_date_and_a_late_answer_replaces_it()
    {
        var earlier = SubmissionId.Create(DateTimeOffset.Parse("2034-03-02T10:00:00+08:00"), "sol-a");
        var late = SubmissionId.Create(DateTimeOffset.Parse("2034-04-02T10:00:00+08:00"), "sol-b");
        await store.Facts.RecordSubmissionsAsync([Submission(earlier, SubmissionStatus.Adopted), Submission(late, SubmissionStatus.Submitted)], CancellationToken.None);

        // The timer marks 峡窝镇 missing twice (a retried run): one fact, on March 31 China time, no submission.
        var missing = new SolicitationOutcome(7, "峡窝镇", null, Deadline, SolicitationOutcome.Missing);
        await store.Facts.RecordSolicitationAsync(missing, CancellationToken.None);
        await store.Facts.RecordSolicitationAsync(missing, CancellationToken.None);
        var march = await CountsAsync(StatisticsPeriod.Month(2034, 3));
        Assert.Equal((1, 1, 0, 0), (march.Submitted, march.Count(StatisticsTerms.SolicitedMissing), march.Count(StatisticsTerms.SolicitedLate), march.Count(StatisticsTerms.SolicitedOnTime)));
        Assert.Equal(0, (await CountsAsync(StatisticsPeriod.Custom(new DateOnly(2034, 3, 1), new DateOnly(2034, 3, 30)))).Count(StatisticsTerms.SolicitedMissing));

        // It answers late in April: the missing entry in March's row goes, the April submission is marked late.
        var answer = new SolicitationOutcome(7, "峡窝镇", late, Deadline, SolicitationOutcome.Late);
        await store.Facts.RecordSolicitationAsync(answer, CancellationToken.None);
        await store.Facts.RecordSolicitationAsync(answer, CancellationToken.None);
        march = await CountsAsync(StatisticsPeriod.Month(2034, 3));
        Assert.Equal((1, 1, 0), (march.Submitted, march.Adopted, march.Count(StatisticsTerms.SolicitedMissing)));
        var april = await CountsAsync(StatisticsPeriod.Month(2034, 4));
        Assert.Equal((1, 1, 0), (april.Submitted, april.Count(StatisticsTerms.SolicitedLate), april.Count(StatisticsTerms.SolicitedMissing)));

        // A later review decision keeps the answer's timing.
        await store.Facts.RecordSubmissionsAsync([Submission(late, SubmissionStatus.Adopted)], CancellationToken.None);
        april = await CountsAsync(StatisticsPeriod.Month(2034, 4));
        Assert.Equal((1, 1), (april.Adopted, april.Count(StatisticsTerms.SolicitedLate)));
    }

    [Fact]
    public async Task A_row_holding_only_a_missing_answer_is_removed_when_the_unit_answers_and_unknown_entries_are_ignored()
    {
        var deadline = DateTimeOffset.Parse("2034-06-30T23:59:00+08:00");
        await store.Facts.RecordSolicitationAsync(new SolicitationOutcome(8, "区总工会", null, deadline, SolicitationOutcome.Missing), CancellationToken.None);
        var table = store.Tables.GetTableClient(StatisticsFactStore.TableName);
        var row = (await table.GetEntityAsync<TableEntity>("203406", TableKey.Encode("区总工会"))).Value;
        Assert.Equal("missing:8,,0,0,,missing,8,20340630", row.GetString("Facts0"));

        // A kind of entry this code does not know and fields after the known ones are skipped, not misread.
        row["Facts0"] += ";future:1,,0,0,,,,;20340601-ABCDEF,Adopted,0,0,,,,,extra";
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        var june = await CountsAsync(StatisticsPeriod.Month(2034, 6), "区总工会");
        Assert.Equal((1, 1, 1), (june.Submitted, june.Adopted, june.Count(StatisticsTerms.SolicitedMissing)));

        var onTime = SubmissionId.Create(DateTimeOffset.Parse("2034-07-01T09:00:00+08:00"), "sol-c");
        await store.Facts.RecordSolicitationAsync(new SolicitationOutcome(8, "区总工会", onTime, deadline, SolicitationOutcome.Late), CancellationToken.None);
        Assert.Equal(0, (await CountsAsync(StatisticsPeriod.Month(2034, 6), "区总工会")).Count(StatisticsTerms.SolicitedMissing));

        await store.Facts.RecordSolicitationAsync(new SolicitationOutcome(9, "区总工会", null, deadline, SolicitationOutcome.Missing), CancellationToken.None);
        await store.Facts.RecordSolicitationAsync(new SolicitationOutcome(9, "区总工会", onTime, deadline, SolicitationOutcome.Late), CancellationToken.None);
        var only = (await table.GetEntityAsync<TableEntity>("203406", TableKey.Encode("区总工会"))).Value;
        Assert.DoesNotContain("missing:", only.GetString("Facts0"));
    }

    [Fact]
    public async Task The_last_entry_removed_deletes_the_row()
    {
        await store.Facts.RecordSolicitationAsync(new SolicitationOutcome(10, "矿山街道", null, Deadline, SolicitationOutcome.Missing), CancellationToken.None);
        var answer = SubmissionId.Create(DateTimeOffset.Parse("2034-04-03T09:00:00+08:00"), "sol-d");
        await store.Facts.RecordSolicitationAsync(new SolicitationOutcome(10, "矿山街道", answer, Deadline, SolicitationOutcome.Late), CancellationToken.None);

        var table = store.Tables.GetTableClient(StatisticsFactStore.TableName);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("203403", TableKey.Encode("矿山街道"))).HasValue);
        Assert.Equal(1, (await CountsAsync(StatisticsPeriod.Month(2034, 4), "矿山街道")).Count(StatisticsTerms.SolicitedLate));
    }

    private static Submission Submission(string id, SubmissionStatus status) =>
        StatisticsHistory.ToSubmission(new StatisticsHistory.Item(id, "峡窝镇", DateTimeOffset.Parse("2034-03-02T02:00:00Z"), status, false, false));

    private async Task<UnitStatistics> CountsAsync(StatisticsPeriod period, string unit = "峡窝镇")
    {
        Assert.True(PointsRule.TryParse(StatisticsOptions.DefaultPoints, out var rule, out _));
        var table = StatisticsService.Tabulate(period, await store.Facts.ListAsync(period, CancellationToken.None), [unit], rule);
        return table.Units.Single(u => u.Unit == unit);
    }
}
