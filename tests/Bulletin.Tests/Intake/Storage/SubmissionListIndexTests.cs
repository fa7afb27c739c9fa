using Azure.Data.Tables;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Intake.Storage;

/// <summary>The list index of table <c>submissions</c> on Azurite: the list equals the stored submissions whatever wrote
/// them and in what order, in months of 2011–2013 that no other test uses.</summary>
[Collection(nameof(IntakeHostCollection))]
public sealed class SubmissionListIndexTests(IntakeHostFixture app)
{
    private SubmissionStore Store => new(app.Tables, app.Blobs);

    [Fact]
    public async Task Registrations_and_decisions_at_once_in_one_unit_and_month_all_land_in_the_list()
    {
        var all = Generate(2011, 5, 120, _ => "峡窝镇").ToList();

        // Each registered twice at once, as a repeated delivery does; then decided at once, a third of them twice.
        await Parallel.ForEachAsync(all.Concat(all), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (s, ct) => await Store.AddIfAbsentAsync(s, null, ct));
        await Parallel.ForEachAsync(all.Where((_, i) => i % 2 == 0), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (s, ct) => await DecideAsync(s.Id, SubmissionStatus.Adopted, $"编辑改定 {s.Id}"));
        await Parallel.ForEachAsync(all.Where((_, i) => i % 6 == 0), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (s, ct) => await DecideAsync(s.Id, SubmissionStatus.Rejected, null));

        var listed = await ListMonthAsync(2011, 5);

        var stored = await SubmissionMonthRows.StoredAsync(app.Tables, "201105");
        Assert.Equal(120, stored.Count);
        Assert.Equal(stored, listed);
        Assert.Equal(40, listed.Count(s => s.Status == SubmissionStatus.Adopted && s.AdoptedTitle == $"编辑改定 {s.Id}"));
        Assert.Equal(20, listed.Count(s => s.Status == SubmissionStatus.Rejected && s.EditedTitle is null));
        Assert.Equal(all.Select(s => s.Id).Order(StringComparer.Ordinal), await SubmissionMonthRows.IndexedIdsAsync(app.Tables, "201105"));
    }

    [Fact]
    public async Task A_month_written_before_the_index_existed_is_listed_in_full_and_gets_its_index_and_marker()
    {
        var old = Generate(2012, 3, 50, n => Units[n % 3]).ToList();
        foreach (var s in old)
            await Store.AddIfAbsentAsync(s, null, CancellationToken.None);
        await DecideAsync(old[0].Id, SubmissionStatus.RevisionRequested, null);
        await SubmissionMonthRows.ForgetIndexAsync(app.Tables, "201203");
        // Written since: a decision on an old submission and a new one, each listed by its writer in a month not indexed yet.
        await DecideAsync(old[1].Id, SubmissionStatus.Adopted, "改定的标题");
        var added = Generate(2012, 3, 51, _ => "区总工会").Last();
        await Store.AddIfAbsentAsync(added, null, CancellationToken.None);
        Assert.DoesNotContain(await SubmissionMonthRows.IndexAsync(app.Tables, "201203"), r => r.RowKey == "~list");

        var first = await ListMonthAsync(2012, 3);

        var stored = await SubmissionMonthRows.StoredAsync(app.Tables, "201203");
        Assert.Equal(51, stored.Count);
        Assert.Equal(stored, first);
        Assert.Contains(await SubmissionMonthRows.IndexAsync(app.Tables, "201203"), r => r.RowKey == "~list");
        Assert.Equal(stored.Select(s => s.Id).Order(StringComparer.Ordinal), await SubmissionMonthRows.IndexedIdsAsync(app.Tables, "201203"));
        await DecideAsync(old[2].Id, SubmissionStatus.Rejected, null);
        Assert.Equal(await SubmissionMonthRows.StoredAsync(app.Tables, "201203"), await ListMonthAsync(2012, 3));
    }

    [Fact]
    public async Task Listings_that_build_a_months_index_while_writers_change_it_lose_no_entry()
    {
        var old = Generate(2012, 8, 200, n => Units[n % 3]).ToList();
        await Parallel.ForEachAsync(old, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (s, ct) => await Store.AddIfAbsentAsync(s, null, ct));
        await SubmissionMonthRows.ForgetIndexAsync(app.Tables, "201208");
        var added = Generate(2012, 8, 240, n => Units[n % 3]).Skip(200).ToList();

        var work = added.Select(s => (Func<Task>)(() => Store.AddIfAbsentAsync(s, null, CancellationToken.None)))
            .Concat(old.Take(40).Select(s => (Func<Task>)(() => DecideAsync(s.Id, SubmissionStatus.Adopted, null))))
            .Concat(Enumerable.Range(0, 6).Select(_ => (Func<Task>)(() => ListMonthAsync(2012, 8))));
        await Parallel.ForEachAsync(work.OrderBy(w => w.GetHashCode()), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (w, _) => await w());

        var listed = await ListMonthAsync(2012, 8);
        var stored = await SubmissionMonthRows.StoredAsync(app.Tables, "201208");
        Assert.Equal(240, stored.Count);
        Assert.Equal(stored, listed);
        Assert.Equal(40, listed.Count(s => s.Status == SubmissionStatus.Adopted));
        Assert.Equal(stored.Select(s => s.Id).Order(StringComparer.Ordinal), await SubmissionMonthRows.IndexedIdsAsync(app.Tables, "201208"));
        Assert.Contains(await SubmissionMonthRows.IndexAsync(app.Tables, "201208"), r => r.RowKey == "~list");
    }

    [Fact]
    public async Task A_unit_sending_over_a_thousand_a_month_with_the_longest_titles_is_listed_across_rows_that_each_fit()
    {
        var longTitle = new string('长', ArticleLimits.MaxTitleCharacters - 16);
        var many = Generate(2013, 1, 1100, _ => "峡窝镇", n => $"{longTitle} {n}").ToList();
        await WriteWithoutIndexAsync(many.Take(1000)); // years of them, from before the index
        await ListMonthAsync(2013, 1);
        foreach (var s in many.Skip(1000))
            await Store.AddIfAbsentAsync(s, null, CancellationToken.None);
        foreach (var s in many.Where((_, i) => i % 50 == 0))
            await DecideAsync(s.Id, SubmissionStatus.Adopted, new string('改', ArticleLimits.MaxTitleCharacters));

        var listed = await ListMonthAsync(2013, 1);

        Assert.Equal(await SubmissionMonthRows.StoredAsync(app.Tables, "201301"), listed);
        Assert.Equal(1100, listed.Count);
        var rows = (await SubmissionMonthRows.IndexAsync(app.Tables, "201301")).Where(r => r.RowKey != "~list").ToList();
        Assert.True(rows.Count > 1, $"{rows.Count} rows hold 1,100 entries");
        // A row holds 1 MiB (strings counted as UTF-16) in at most 255 properties.
        Assert.All(rows, r => Assert.True(((IDictionary<string, object>)r).Values.OfType<string>().Sum(v => v.Length) * 2 < 1_000_000 && r.Count < 250, $"{r.RowKey} is too large"));
    }

    private static readonly string[] Units = ["新安路街道", "中心路街道", "工业路街道"];

    private async Task<IReadOnlyList<SubmissionSummary>> ListMonthAsync(int year, int month) =>
        await Store.ListAsync(new SubmissionFilter(From: new DateOnly(year, month, 1), To: new DateOnly(year, month, 1).AddMonths(1).AddDays(-1)), CancellationToken.None);

    /// <summary>A decision as review records it: on the submission as read, read again when it changed first.</summary>
    private async Task DecideAsync(string id, SubmissionStatus status, string? editedTitle)
    {
        while (await Store.FindForUpdateAsync(id, CancellationToken.None) is { } found)
        {
            var (submission, etag, _) = found;
            var decision = new SubmissionDecision(Guid.NewGuid().ToString("N"), submission.Status, status, "hao.jie@example.org",
                submission.ReceivedAt.AddDays(1), "Api", status == SubmissionStatus.Adopted ? null : "理由", editedTitle, null);
            if (await Store.TryRecordDecisionAsync(submission, decision, etag, CancellationToken.None))
                return;
        }
    }

    /// <summary>Submission rows alone, a hundred to a transaction, as the table held them before the index existed.</summary>
    private async Task WriteWithoutIndexAsync(IEnumerable<Submission> submissions)
    {
        var table = app.Tables.GetTableClient(SubmissionStore.TableName);
        await table.CreateIfNotExistsAsync();
        foreach (var batch in submissions.Chunk(100))
            await table.SubmitTransactionAsync(batch.Select(s => new TableTransactionAction(TableTransactionActionType.Add, SubmissionEntity.From(s, null))));
    }

    /// <summary><paramref name="count"/> submissions spread over the month's days and hours.</summary>
    private static IEnumerable<Submission> Generate(int year, int month, int count, Func<int, string> unit, Func<int, string>? title = null)
    {
        for (var n = 0; n < count; n++)
        {
            var at = new DateTimeOffset(year, month, 1 + n % 28, n % 24, n % 60, n % 59, TimeSpan.FromHours(8)).AddTicks(n * 1234);
            yield return new Submission(SubmissionId.Create(at, $"list-index-{year}-{month}-{n}"), unit(n), $"xinxi{n % 7}@example.org", "信息员",
                SubmissionSource.Upload, title?.Invoke(n) ?? $"稿件“{n}”，含\"引号\"与逗号", ["正文。"], [], SubmissionStatus.Submitted, at, null);
        }
    }
}
