using Bulletin.Storage;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace Bulletin.Dashboard.Storage;

/// <summary>Fixed-window counters of sign-in requests (table <c>signinlimits</c>): one row per counted key (an address or a
/// client, hashed so the table holds neither), with the window it counts and the count, raised under its ETag.</summary>
public sealed class SignInCounters(TableServiceClient tables)
{
    public const string TableName = "signinlimits";
    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Counts one more for <paramref name="key"/> in the window starting at <paramref name="window"/>; false (and
    /// nothing counted) when <paramref name="limit"/> is reached already.</summary>
    public async Task<bool> TryCountAsync(string key, DateTimeOffset window, int limit, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var partition = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
        while (true)
        {
            var found = await Table.GetEntityIfExistsAsync<TableEntity>(partition, "", cancellationToken: cancellationToken);
            var row = found.HasValue ? found.Value : null;
            var count = row is not null && row.GetDateTimeOffset("Window") == window ? row.GetInt32("Count") ?? 0 : 0;
            if (count >= limit)
                return false;
            var entity = new TableEntity(partition, "") { ["Window"] = window, ["Count"] = count + 1 };
            try
            {
                if (row is not null)
                    await Table.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Replace, cancellationToken);
                else
                    await Table.AddEntityAsync(entity, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another request counted at the same moment: read again.
            }
        }
    }
}
