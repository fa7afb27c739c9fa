using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Bulletin.Intake;

namespace Bulletin.Statistics.Storage;

/// <summary>One small row per submission in table <c>statfacts</c>: PartitionKey the month of receipt (yyyyMM, as in
/// <c>submissions</c>), RowKey the submission id, whose first eight characters are its China date of receipt. A period
/// is read as one query per month, narrowed on the server by RowKey to the days wanted and to the few columns counted.
/// Every write is an idempotent merge of what the source says, so repeating one changes nothing.</summary>
public sealed class StatisticsFactStore(TableServiceClient tables)
{
    public const string TableName = "statfacts";
    private static readonly string[] Columns = ["RowKey", "Unit", "Status", "Published", "Lead"];

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Records where the submission stands now (unit and review status); leaves what issues said untouched.</summary>
    public async Task RecordSubmissionAsync(Submission submission, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        var row = new TableEntity(SubmissionId.Partition(submission.Id), submission.Id)
        {
            ["Unit"] = submission.Unit,
            ["Status"] = submission.Status.ToString(),
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Records that the submission was printed in issue <paramref name="issue"/>, as its lead article or not.</summary>
    public async Task RecordPublicationAsync(string submissionId, string unit, string issue, bool lead, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        var row = new TableEntity(SubmissionId.Partition(submissionId), submissionId)
        {
            ["Unit"] = unit,
            ["Published"] = true,
            ["Lead"] = lead,
            ["Issue"] = issue,
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
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
        return new StatisticsFact(id, row.GetString("Unit") ?? "", day, status, published, row.GetBoolean("Lead") ?? false);
    }
}
