using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.UpperLevels.Storage;

/// <summary>Upper-level adoptions and 领导批示 in table <c>upperrecords</c>: PartitionKey the submission id, RowKey the
/// record id. Added only if absent (an identical repeat finds the first); every change under the row's ETag.</summary>
public sealed class UpperRecordStore(TableServiceClient tables)
{
    public const string TableName = "upperrecords";
    private const int MaxAttempts = 20;
    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Adds the record unless one with its id is there; returns what is stored and whether it was added now.</summary>
    public async Task<(UpperRecord Record, bool Added)> AddIfAbsentAsync(UpperRecord record, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        try
        {
            await Table.AddEntityAsync(ToEntity(record), cancellationToken);
            return (record, true);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return ((await FindAsync(record.SubmissionId, record.Id, cancellationToken))!, false);
        }
    }

    public async Task<UpperRecord?> FindAsync(string submissionId, string id, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(submissionId, id, cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    /// <summary>Applies <paramref name="change"/> under the ETag (read again on a conflict); null from it changes nothing.
    /// Returns the record as stored after the change, or null when there is no such record.</summary>
    public async Task<(UpperRecord Before, UpperRecord After)?> UpdateAsync(string submissionId, string id, Func<UpperRecord, UpperRecord?> change, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var found = await Table.GetEntityIfExistsAsync<TableEntity>(submissionId, id, cancellationToken: cancellationToken);
            if (!found.HasValue)
                return null;
            var before = FromEntity(found.Value!);
            if (change(before) is not { } after)
                return (before, before);
            try
            {
                await Table.UpdateEntityAsync(ToEntity(after), found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return (before, after);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Changed meanwhile (an answer, a mail mark): apply the change to what is stored now.
            }
        }
        throw new InvalidOperationException($"Upper-level record {id} of {submissionId} kept changing; try again.");
    }

    /// <summary>The submission's records, oldest first.</summary>
    public Task<IReadOnlyList<UpperRecord>> ListAsync(string submissionId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {submissionId}"), cancellationToken);

    /// <summary>Instructions without an answer yet, and records whose mails are not all sent (a step that stopped midway).</summary>
    public Task<IReadOnlyList<UpperRecord>> ListPendingAsync(CancellationToken cancellationToken) =>
        QueryAsync("Open eq true or Mailed eq false", cancellationToken);

    public Task<IReadOnlyList<UpperRecord>> ListAllAsync(CancellationToken cancellationToken) => QueryAsync(null, cancellationToken);

    private async Task<IReadOnlyList<UpperRecord>> QueryAsync(string? filter, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var records = new List<UpperRecord>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            records.Add(FromEntity(e));
        return records.OrderBy(r => r.RecordedAt).ToList();
    }

    private static TableEntity ToEntity(UpperRecord r) => new(r.SubmissionId, r.Id)
    {
        ["Unit"] = r.Unit, ["Kind"] = r.Kind.ToString(), ["Source"] = BoundedText.Bound(r.Source, BoundedText.Short),
        ["Level"] = r.Level, ["Issue"] = BoundedText.BoundOrNull(r.Issue, BoundedText.Short),
        ["Date"] = r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Text"] = BoundedText.BoundOrNull(r.Text, LongTextProperties.CharactersPerProperty),
        ["RecordedBy"] = r.RecordedBy, ["RecordedAt"] = r.RecordedAt,
        ["Answer"] = BoundedText.BoundOrNull(r.Answer, LongTextProperties.CharactersPerProperty), ["AnsweredAt"] = r.AnsweredAt,
        ["MailedAt"] = r.MailedAt, ["RemindedAt"] = r.RemindedAt, ["Open"] = r.IsOpen, ["Mailed"] = r.MailedAt is not null,
    };

    private static UpperRecord FromEntity(TableEntity e) => new(e.RowKey, e.PartitionKey, e.GetString("Unit") ?? "",
        Enum.TryParse<UpperRecordKind>(e.GetString("Kind"), out var kind) ? kind : UpperRecordKind.Adoption, e.GetString("Source") ?? "",
        e.GetString("Level") ?? "", e.GetString("Issue"), DateOnly.ParseExact(e.GetString("Date") ?? "0001-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.GetString("Text"), e.GetString("RecordedBy") ?? "", e.GetDateTimeOffset("RecordedAt") ?? default)
    {
        Answer = e.GetString("Answer"), AnsweredAt = e.GetDateTimeOffset("AnsweredAt"),
        MailedAt = e.GetDateTimeOffset("MailedAt"), RemindedAt = e.GetDateTimeOffset("RemindedAt"),
    };
}
