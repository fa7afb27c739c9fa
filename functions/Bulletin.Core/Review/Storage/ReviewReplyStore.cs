using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Review.Storage;

/// <summary>Reply addresses of review mails (table <c>reviewreplies</c>). The address carries a short random reply id
/// rather than the signed token, which is too long for an address's local part (64 characters, RFC 5321):
/// PartitionKey the id, RowKey "" for what it was issued for, RowKey "answer-…" for each reply answered.</summary>
public sealed class ReviewReplyStore(TableServiceClient tables)
{
    public const string TableName = "reviewreplies";
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>A new reply id for one editor and one submission: 16 characters, 80 random bits, lower-case (mail
    /// systems may change the case of an address).</summary>
    public async Task<string> IssueAsync(string submissionId, string editorEmail, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var id = new string(RandomNumberGenerator.GetItems<char>(Alphabet, 16));
        await Table.EnsureExistsAsync(cancellationToken);
        await Table.AddEntityAsync(new TableEntity(id, "")
        {
            ["SubmissionId"] = submissionId, ["Editor"] = editorEmail.Trim().ToLowerInvariant(), ["ExpiresAt"] = expiresAt,
        }, cancellationToken);
        return id;
    }

    /// <summary>What the reply id was issued for; null when there is no such id.</summary>
    public async Task<IssuedReply?> FindAsync(string replyId, CancellationToken cancellationToken)
    {
        if (replyId.Length != 16 || !replyId.All(Alphabet.Contains))
            return null;
        await Table.EnsureExistsAsync(cancellationToken);
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(replyId, "", cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? new IssuedReply(replyId, e.GetString("SubmissionId"), e.GetString("Editor"), e.GetDateTimeOffset("ExpiresAt") ?? default)
            : null;
    }

    /// <summary>Claims the answer to one reply mail (by its Message-ID) before sending it; false when it is claimed already.</summary>
    public async Task<bool> TryClaimAnswerAsync(string replyId, string mailKey, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(replyId, AnswerKey(mailKey)), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives a claim back when sending failed, so the retried step answers.</summary>
    public Task ReleaseAnswerAsync(string replyId, string mailKey) =>
        Table.DeleteEntityAsync(replyId, AnswerKey(mailKey), ETag.All, CancellationToken.None);

    private static string AnswerKey(string mailKey) => "answer-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mailKey)))[..24];
}
