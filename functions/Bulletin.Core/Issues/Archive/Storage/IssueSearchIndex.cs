using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Issues.Archive.Storage;

/// <summary>The full-text index of published issues in table <c>issuesearch</c>: PartitionKey the bigram bucket
/// (<c>b00</c>…<c>b31</c>), RowKey the issue (<c>{series}|{year}|{number:D3}</c>), property <c>Grams</c> the issue's
/// distinct bigrams of that bucket concatenated. Written at publication (one upsert per bucket, so repeating it is
/// harmless); a search reads only the buckets of the query's bigrams, one row per published issue each.</summary>
public sealed class IssueSearchIndex(TableServiceClient tables) : IIssuePublicationFollower
{
    public const string TableName = "issuesearch";

    private TableClient Table => tables.GetTableClient(TableName);

    public static string RowOf(AssembledIssue issue) => $"{issue.SeriesId}|{issue.Year:D4}|{issue.Number:D3}";

    public async Task IssuePublishedAsync(AssembledIssue issue, CancellationToken cancellationToken)
    {
        if (issue.State != IssueState.Published)
            return;
        await Table.EnsureExistsAsync(cancellationToken);
        var byBucket = IssueBigrams.Texts(issue).SelectMany(IssueBigrams.Of).Distinct(StringComparer.Ordinal).GroupBy(IssueBigrams.Bucket);
        await Task.WhenAll(byBucket.Select(bucket => Table.UpsertEntityAsync(new TableEntity(Partition(bucket.Key), RowOf(issue))
        {
            ["Grams"] = BoundedText.Bound(string.Concat(bucket.Order(StringComparer.Ordinal)), LongTextProperties.CharactersPerProperty),
        }, TableUpdateMode.Replace, cancellationToken)));
    }

    /// <summary>The issues (as <see cref="RowOf"/> names them) holding every bigram of <paramref name="words"/>; they may
    /// still lack a phrase (its bigrams apart), so the caller checks the text. Null when a word is too short to index.</summary>
    public async Task<IReadOnlySet<string>?> CandidatesAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0 || words.Any(w => w.Length < 2))
            return null;
        await Table.EnsureExistsAsync(cancellationToken);
        var wanted = words.SelectMany(IssueBigrams.Of).Distinct(StringComparer.Ordinal).GroupBy(IssueBigrams.Bucket).ToList();
        var perBucket = await Task.WhenAll(wanted.Select(async bucket =>
        {
            var found = new HashSet<string>(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(bucket.Key)}");
            await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", "Grams"], cancellationToken: cancellationToken))
                if (Grams(row.GetString("Grams")) is var grams && bucket.All(grams.Contains))
                    found.Add(row.RowKey);
            return found;
        }));
        var candidates = perBucket[0];
        foreach (var other in perBucket.Skip(1))
            candidates.IntersectWith(other);
        return candidates;
    }

    private static string Partition(int bucket) => $"b{bucket:D2}";

    private static HashSet<string> Grams(string? packed) =>
        Enumerable.Range(0, (packed?.Length ?? 0) / 2).Select(i => packed!.Substring(i * 2, 2)).ToHashSet(StringComparer.Ordinal);
}
