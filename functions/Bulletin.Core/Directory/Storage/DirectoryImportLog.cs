using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Directory.Storage;

/// <summary>Every import attempt, newest first (PartitionKey "imports", RowKey inverted ticks): the audit trail
/// and the "last import" summary editors see.</summary>
public sealed class DirectoryImportLog(TableServiceClient tables)
{
    private const string Partition = "imports";
    private TableClient Table => tables.GetTableClient(DirectoryStore.TableName);

    public async Task RecordAsync(DirectoryImportRecord record, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entity = new TableEntity(Partition, $"{DateTimeOffset.MaxValue.Ticks - record.At.Ticks:D19}-{Guid.NewGuid():N}")
        {
            ["At"] = record.At, ["Outcome"] = record.Outcome.ToString(), ["ImportedBy"] = record.ImportedBy, ["FileName"] = record.FileName,
            ["Version"] = record.Version, ["People"] = record.People, ["ErrorCount"] = record.Errors.Count,
            // The first errors are enough to show what went wrong; the whole list went back to the uploader.
            ["Errors"] = JsonSerializer.Serialize(record.Errors.Take(20)),
        };
        await Table.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<DirectoryImportRecord?> GetLatestAsync(CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        await foreach (var entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return new DirectoryImportRecord(
                entity.GetDateTimeOffset("At") ?? default, Enum.Parse<DirectoryImportOutcome>(entity.GetString("Outcome")),
                entity.GetString("ImportedBy"), entity.GetString("FileName"), entity.GetString("Version"), entity.GetInt32("People") ?? 0,
                JsonSerializer.Deserialize<List<DirectoryRowError>>(entity.GetString("Errors") ?? "[]") ?? []);
        }
        return null;
    }
}

public sealed record DirectoryImportRecord(
    DateTimeOffset At, DirectoryImportOutcome Outcome, string ImportedBy, string FileName, string? Version, int People, IReadOnlyList<DirectoryRowError> Errors);
