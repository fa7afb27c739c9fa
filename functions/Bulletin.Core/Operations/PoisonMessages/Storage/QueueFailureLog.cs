using Bulletin.Storage;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace Bulletin.Operations.PoisonMessages.Storage;

/// <summary>The last failure of each failing queue message, in table <c>queuefailures</c> (PartitionKey a hash of the message
/// text, RowKey <c>last</c>). Keyed by the text because the host moves a message to its poison queue as a new message with a
/// new id; the text is all the two share.</summary>
public sealed class QueueFailureLog(TableServiceClient tables, TimeProvider clock)
{
    public const string TableName = "queuefailures";
    private const string Row = "last";
    private TableClient Table => tables.GetTableClient(TableName);

    public static string KeyOf(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..32];

    public async Task RecordAsync(string function, string body, long dequeueCount, Exception exception, CancellationToken cancellationToken)
    {
        var (type, message) = FailureText.Of(exception);
        await Table.EnsureExistsAsync(cancellationToken);
        await Table.UpsertEntityAsync(new TableEntity(KeyOf(body), Row)
        {
            ["Function"] = function, ["ExceptionType"] = type, ["Message"] = message, ["DequeueCount"] = dequeueCount, ["FailedAt"] = clock.GetUtcNow(),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<QueueFailure?> FindAsync(string body, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(KeyOf(body), Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? new QueueFailure(e.GetString("Function") ?? "", e.GetString("ExceptionType") ?? "", e.GetString("Message") ?? "",
                e.GetInt64("DequeueCount") ?? 0, e.GetDateTimeOffset("FailedAt") ?? default)
            : null;
    }

    /// <summary>Forgets a message's failure once it succeeded or was dealt with; nothing recorded is fine.</summary>
    public async Task ForgetAsync(string body, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(KeyOf(body), Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404) { }
    }
}
