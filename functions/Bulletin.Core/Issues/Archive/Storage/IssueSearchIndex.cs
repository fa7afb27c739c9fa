using System.Text;
using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Issues.Archive.Storage;

/// <summary>The full-text index of published issues in table <c>issuesearch</c>: PartitionKey the bigram bucket
/// (<c>b00</c>…<c>b31</c>), RowKey the year (<c>2025</c>), and in <c>Grams</c>, <c>Grams1</c>… one line per published issue of
/// that year, <c>{series}|{year}|{number:D3} {bigrams}</c>: the issue's distinct bigrams of that bucket concatenated. A search
/// reads only the buckets of the query's bigrams, one packed row per year each (a row per issue made five years of 300
/// issues cost hundreds of rows a bucket). Written at publication by a read-modify-write under each row's ETag (the year's
/// rows read in one query), retried on a conflict, so two issues of a year published at once both land and repeating it changes nothing. Rows written
/// before packing (RowKey the issue) are still read, and removed when the issue is indexed again.</summary>
public sealed class IssueSearchIndex(TableServiceClient tables) : IIssuePublicationFollower
{
    public const string TableName = "issuesearch";
    private const string Grams = "Grams";
    /// <summary>A year's row of one bucket: about 200 characters an issue, so room for a couple of thousand issues.</summary>
    private const int MaxRowCharacters = 450_000;
    private const int MaxAttempts = 30;

    private TableClient Table => tables.GetTableClient(TableName);

    public static string RowOf(AssembledIssue issue) => $"{issue.SeriesId}|{issue.Year:D4}|{issue.Number:D3}";

    public Task IssuePublishedAsync(AssembledIssue issue, CancellationToken cancellationToken) => IndexAsync(issue, false, cancellationToken);

    /// <summary>Indexes the issue again (a rebuild), removing its rows of the format before packing.</summary>
    public Task ReindexAsync(AssembledIssue issue, CancellationToken cancellationToken) => IndexAsync(issue, true, cancellationToken);

    private async Task IndexAsync(AssembledIssue issue, bool removeUnpacked, CancellationToken cancellationToken)
    {
        if (issue.State != IssueState.Published)
            return;
        await Table.EnsureExistsAsync(cancellationToken);
        var byBucket = IssueBigrams.Texts(issue).SelectMany(IssueBigrams.Of).Distinct(StringComparer.Ordinal).GroupBy(IssueBigrams.Bucket);
        // The year's rows of every bucket in one query (32 a year), rather than a read per bucket.
        var yearRows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {YearRow(issue.Year)}"), cancellationToken: cancellationToken))
            yearRows[row.PartitionKey] = row;
        await Task.WhenAll(byBucket.Select(async bucket =>
        {
            var grams = BoundedText.Bound(string.Concat(bucket.Order(StringComparer.Ordinal)), LongTextProperties.CharactersPerProperty);
            await MergeAsync(bucket.Key, issue.Year, RowOf(issue), grams, yearRows.GetValueOrDefault(Partition(bucket.Key)), cancellationToken);
            if (removeUnpacked)
                await RemoveUnpackedAsync(bucket.Key, RowOf(issue), cancellationToken);
        }));
    }

    /// <param name="stored">The bucket's row of the year as first read (null: none yet); read again after a conflict.</param>
    private async Task MergeAsync(int bucket, int year, string issue, string grams, TableEntity? stored, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (attempt > 0)
                stored = (await Table.GetEntityIfExistsAsync<TableEntity>(Partition(bucket), YearRow(year), cancellationToken: cancellationToken)) is { HasValue: true } again ? again.Value : null;
            var entries = stored is null ? new Dictionary<string, string>(StringComparer.Ordinal) : Entries(stored);
            if (entries.TryGetValue(issue, out var indexed) && indexed == grams)
                return;
            entries[issue] = grams;
            var written = new TableEntity(Partition(bucket), YearRow(year));
            LongTextProperties.Write(written, Grams, Pack(entries), MaxRowCharacters);
            try
            {
                if (stored is not null)
                    await Table.UpdateEntityAsync(written, stored.ETag, TableUpdateMode.Replace, cancellationToken);
                else
                    await Table.AddEntityAsync(written, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another issue of the year was indexed first: read its row again, after a pause so that many at once spread out.
                await Task.Delay(Random.Shared.Next(0, 10 + 5 * Math.Min(attempt, 20)), cancellationToken);
            }
        }
        throw new InvalidOperationException($"Search index bucket {bucket} of {year} kept changing; the step will be retried.");
    }

    private async Task RemoveUnpackedAsync(int bucket, string issue, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(Partition(bucket), issue, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Indexed after packing only: nothing to remove.
        }
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
            await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                foreach (var (issue, grams) in row.RowKey.Contains('|') ? new Dictionary<string, string> { [row.RowKey] = row.GetString(Grams) ?? "" } : Entries(row))
                    if (Split(grams) is var set && bucket.All(set.Contains))
                        found.Add(issue);
            return found;
        }));
        var candidates = perBucket[0];
        foreach (var other in perBucket.Skip(1))
            candidates.IntersectWith(other);
        return candidates;
    }

    private static string Partition(int bucket) => $"b{bucket:D2}";

    private static string YearRow(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    // Bigrams hold no whitespace (words are split at it), so a line and a space delimit an entry unambiguously.
    private static string Pack(Dictionary<string, string> entries) =>
        string.Join('\n', entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value}"));

    private static Dictionary<string, string> Entries(TableEntity row) =>
        (LongTextProperties.Read(row, Grams) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split(' ', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);

    private static HashSet<string> Split(string packed) =>
        Enumerable.Range(0, packed.Length / 2).Select(i => packed.Substring(i * 2, 2)).ToHashSet(StringComparer.Ordinal);
}
