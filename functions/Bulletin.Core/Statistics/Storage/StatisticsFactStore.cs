using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Bulletin.Intake;
using Bulletin.Issues;

namespace Bulletin.Statistics.Storage;

/// <summary>One small row per submission in table <c>statfacts</c>: PartitionKey the month of receipt (yyyyMM, as in
/// <c>submissions</c>), RowKey the submission id, whose first eight characters are its China date of receipt. A period
/// is read as one query per month, narrowed on the server by RowKey to the days wanted and to the few columns counted.
/// Every write is an idempotent merge of what the source says, so repeating one changes nothing.</summary>
public sealed class StatisticsFactStore(TableServiceClient tables)
{
    public const string TableName = "statfacts";
    private static readonly string[] Columns = ["RowKey", "Unit", "Status", "Published", "Lead", "Solicited"];

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Records where each submission stands now (unit and review status); leaves what issues said untouched.</summary>
    public Task RecordSubmissionsAsync(IEnumerable<Submission> submissions, CancellationToken cancellationToken) =>
        MergeAsync(submissions.Select(s => new TableEntity(SubmissionId.Partition(s.Id), s.Id)
        {
            ["Unit"] = s.Unit,
            ["Status"] = s.Status.ToString(),
        }), cancellationToken);

    /// <summary>Records that <paramref name="articles"/> were printed in issue <paramref name="issue"/>, the first as its lead article.</summary>
    public Task RecordPublicationsAsync(string issue, IReadOnlyList<AssembledArticle> articles, CancellationToken cancellationToken) =>
        MergeAsync(articles.Select((a, i) => new TableEntity(SubmissionId.Partition(a.SubmissionId), a.SubmissionId)
        {
            ["Unit"] = a.Unit,
            ["Published"] = true,
            ["Lead"] = i == 0,
            ["Issue"] = issue,
        }), cancellationToken);

    /// <summary>An answer marks its submission's row on time or late and removes the unit's missing row, if the timer wrote
    /// one; a missing answer is a row of its own on the deadline's China date (RowKey <c>yyyyMMdd-约稿12-unit</c>).</summary>
    public async Task RecordSolicitationAsync(SolicitationOutcome outcome, CancellationToken cancellationToken)
    {
        var day = TimeZoneInfo.ConvertTime(outcome.Deadline, ChinaTime.Zone).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var missing = new TableEntity(day[..6], $"{day}-约稿{outcome.Solicitation}-{Bulletin.Storage.TableKey.Encode(outcome.Unit)}")
        {
            ["Unit"] = outcome.Unit, ["Solicited"] = SolicitationOutcome.Missing, ["Solicitation"] = outcome.Solicitation,
        };
        if (outcome.SubmissionId is not { } id)
        {
            await MergeAsync([missing], cancellationToken);
            return;
        }
        await MergeAsync([new TableEntity(SubmissionId.Partition(id), id) { ["Unit"] = outcome.Unit, ["Solicited"] = outcome.Outcome, ["Solicitation"] = outcome.Solicitation }],
            cancellationToken);
        await Table.DeleteEntityAsync(missing.PartitionKey, missing.RowKey, ETag.All, cancellationToken);
    }

    /// <summary>Merges rows in batches of up to 100 per partition (one transaction each): repeating a batch changes nothing.</summary>
    private async Task MergeAsync(IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        foreach (var partition in rows.DistinctBy(r => r.RowKey).GroupBy(r => r.PartitionKey))
            foreach (var batch in partition.Chunk(100))
                await Table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertMerge, r)), cancellationToken);
    }

    /// <summary>The facts of submissions received within <paramref name="period"/> (China dates), its months read in parallel.</summary>
    public async Task<IReadOnlyList<StatisticsFact>> ListAsync(StatisticsPeriod period, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        var first = period.From.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var afterLast = period.To.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var months = await Task.WhenAll(period.Months().Select(async month =>
        {
            var facts = new List<StatisticsFact>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {month} and RowKey ge {first} and RowKey lt {afterLast}");
            await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: Columns, cancellationToken: cancellationToken))
                facts.Add(ToFact(row));
            return facts;
        }));
        return months.SelectMany(m => m).ToList();
    }

    private static StatisticsFact ToFact(TableEntity row)
    {
        var id = row.RowKey;
        var published = row.GetBoolean("Published") ?? false;
        // A row written only by a publication (its submission not yet recorded) was adopted: only adopted articles are printed.
        var status = Enum.TryParse<SubmissionStatus>(row.GetString("Status"), out var s) ? s : published ? SubmissionStatus.Adopted : SubmissionStatus.Submitted;
        var day = DateOnly.ParseExact(id[..8], "yyyyMMdd", CultureInfo.InvariantCulture);
        return new StatisticsFact(id, row.GetString("Unit") ?? "", day, status, published, row.GetBoolean("Lead") ?? false)
        { Solicited = row.GetString("Solicited") };
    }
}
