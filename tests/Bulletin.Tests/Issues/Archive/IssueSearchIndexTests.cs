using Azure.Data.Tables;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Issues.Archive.Storage;
using Bulletin.Tests.Issues.Storage;

namespace Bulletin.Tests.Issues.Archive;

/// <summary>The packed full-text index on Azurite: one row a bucket and year holds every issue of the year, issues indexed
/// at once all land, indexing again changes nothing, and rows of the format before packing are read until replaced.</summary>
[Collection(IssueStorageCollection.Name)]
public sealed class IssueSearchIndexTests(IssueStorageFixture storage)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task Twelve_issues_of_a_year_indexed_at_once_are_all_found_and_each_by_its_own_phrase()
    {
        var index = new IssueSearchIndex(storage.Tables);
        var issues = Enumerable.Range(1, 12).Select(n => Issue(2046, n, $"共同词汇检索 第{ChineseNumerals.Format(n)}号独有短语")).ToList();

        await Task.WhenAll(issues.Select(i => index.IssuePublishedAsync(i, _ct)));

        Assert.Superset(issues.Select(IssueSearchIndex.RowOf).ToHashSet(), (await index.CandidatesAsync(["共同词汇检索"], _ct))!.ToHashSet());
        Assert.Contains(IssueSearchIndex.RowOf(issues[6]), (await index.CandidatesAsync([$"第{ChineseNumerals.Format(7)}号独有"], _ct))!);
        var rows = await RowsAsync(2046);
        Assert.All(rows, r => Assert.Equal("2046", r.RowKey));
        Assert.Equal(rows.Select(r => r.PartitionKey).Distinct().Count(), rows.Count);
    }

    [Fact]
    public async Task Indexing_an_issue_again_writes_nothing()
    {
        var index = new IssueSearchIndex(storage.Tables);
        var issue = Issue(2047, 1, "再次索引不变");
        await index.IssuePublishedAsync(issue, _ct);
        var before = (await RowsAsync(2047)).ToDictionary(r => r.PartitionKey, r => r.ETag);

        await index.IssuePublishedAsync(issue, _ct);

        Assert.Equal(before, (await RowsAsync(2047)).ToDictionary(r => r.PartitionKey, r => r.ETag));
    }

    [Fact]
    public async Task A_row_of_the_format_before_packing_is_found_and_replaced_when_the_issue_is_indexed_again()
    {
        var index = new IssueSearchIndex(storage.Tables);
        var issue = Issue(2048, 1, "旧格式索引行");
        var table = storage.Tables.GetTableClient(IssueSearchIndex.TableName);
        await table.CreateIfNotExistsAsync(_ct);
        foreach (var bucket in IssueBigrams.Texts(issue).SelectMany(IssueBigrams.Of).Distinct().GroupBy(IssueBigrams.Bucket))
            await table.AddEntityAsync(new TableEntity($"b{bucket.Key:D2}", IssueSearchIndex.RowOf(issue)) { ["Grams"] = string.Concat(bucket.Order(StringComparer.Ordinal)) }, _ct);

        var before = await index.CandidatesAsync(["旧格式索引"], _ct);
        await index.ReindexAsync(issue, _ct);

        Assert.Contains(IssueSearchIndex.RowOf(issue), before!);
        Assert.Contains(IssueSearchIndex.RowOf(issue), (await index.CandidatesAsync(["旧格式索引"], _ct))!);
        await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {IssueSearchIndex.RowOf(issue)}"), cancellationToken: _ct))
            Assert.Fail("A row of the format before packing is left.");
    }

    private static AssembledIssue Issue(int year, int number, string sentence) => StoredIssues.Seed(year, number, IssueState.Published) with
    {
        Articles = [new AssembledArticle($"SJ-{year}-{number:D4}", "检索测试稿件", [sentence + "。"], "区总工会")],
    };

    private async Task<List<TableEntity>> RowsAsync(int year)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in storage.Tables.GetTableClient(IssueSearchIndex.TableName).QueryAsync<TableEntity>(
                           TableClient.CreateQueryFilter($"RowKey eq {year.ToString("D4")}"), cancellationToken: _ct))
            rows.Add(row);
        return rows;
    }
}
