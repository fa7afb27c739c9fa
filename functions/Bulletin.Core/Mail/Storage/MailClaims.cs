using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Mail.Storage;

/// <summary>Mails claimed in a feature's table before they are sent, one row each, added only if absent: a repeated or
/// retried step mails nobody twice. A claim is given back when sending fails, so the next try sends it.</summary>
public sealed class MailClaims(TableClient table)
{
    /// <summary>Claims the mail the row stands for; false when it is claimed already (sent, or being sent).</summary>
    public async Task<bool> TryClaimAsync(TableEntity claim, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        try
        {
            await table.AddEntityAsync(claim, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives a claim back after sending failed; never cancelled, so a failed send is not left claimed.</summary>
    public Task ReleaseAsync(string partitionKey, string rowKey) =>
        table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, CancellationToken.None);
}
