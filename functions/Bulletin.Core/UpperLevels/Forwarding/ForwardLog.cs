using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.UpperLevels.Forwarding;

/// <summary>What was forwarded to whom, when and by whom, in table <c>upperforwards</c>: PartitionKey the submission id,
/// RowKey the office's name hashed (an item goes to an office once; a repeat keeps the first entry).</summary>
public sealed class ForwardLog(TableServiceClient tables)
{
    public const string TableName = "upperforwards";
    private TableClient Table => tables.GetTableClient(TableName);

    public static string KeyOf(string office) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(office)))[..24];

    public async Task<ForwardRecord?> FindAsync(string submissionId, string office, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(submissionId, KeyOf(office), cancellationToken: cancellationToken);
        return found.HasValue ? Read(found.Value!) : null;
    }

    /// <summary>Adds the entry unless the item was forwarded to the office already; returns what is stored.</summary>
    public async Task<ForwardRecord> AddIfAbsentAsync(ForwardRecord record, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        try
        {
            await Table.AddEntityAsync(new TableEntity(record.SubmissionId, KeyOf(record.Office))
            {
                ["Office"] = record.Office, ["Level"] = record.Level, ["Address"] = record.Address, ["At"] = record.At,
                ["By"] = BoundedText.Bound(record.By, BoundedText.Short), ["Batch"] = record.Batch,
            }, cancellationToken);
            return record;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (await FindAsync(record.SubmissionId, record.Office, cancellationToken))!;
        }
    }

    public async Task<IReadOnlyList<ForwardRecord>> ListAsync(string submissionId, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var records = new List<ForwardRecord>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {submissionId}"), cancellationToken: cancellationToken))
            records.Add(Read(e));
        return records.OrderBy(r => r.At).ToList();
    }

    private static ForwardRecord Read(TableEntity e) => new(e.PartitionKey, e.GetString("Office") ?? "", e.GetString("Level") ?? "",
        e.GetString("Address") ?? "", e.GetDateTimeOffset("At") ?? default, e.GetString("By") ?? "", e.GetString("Batch") ?? "");
}

/// <summary>One item forwarded to one office; <paramref name="Batch"/> names the mail it went in.</summary>
public sealed record ForwardRecord(string SubmissionId, string Office, string Level, string Address, DateTimeOffset At, string By, string Batch);
