using Azure;
using Azure.Data.Tables;
using Bulletin.Intake;
using Bulletin.Storage;

namespace Bulletin.Review.Storage;

/// <summary>Every review transition, appended to table <c>audit</c>: PartitionKey the submission id, RowKey inverted
/// ticks and the decision id, so the newest comes first and writing the same decision twice keeps one entry.</summary>
public sealed class ReviewAuditLog(TableServiceClient tables)
{
    public const string TableName = "audit";
    /// <summary>Room for the changes of an article rewritten whole: the text before and after and a little per paragraph.</summary>
    public const int MaxChangesCharacters = 2 * ArticleLimits.MaxStoredCharacters + 100_000;
    private TableClient Table => tables.GetTableClient(TableName);

    public static string RowKeyOf(SubmissionDecision decision) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - decision.DecidedAt.UtcTicks:D19}-{decision.DecisionId}";

    /// <summary>Appends the entry for the submission's decision unless it is there already (a retried step).
    /// Everything comes from the stored submission, so a retry writes exactly what the first try would have.</summary>
    /// <param name="link">Which link the decision came through (a fingerprint, never the token), if any.</param>
    public async Task AppendAsync(Submission decided, string? link, CancellationToken cancellationToken)
    {
        var decision = decided.Decision ?? throw new ArgumentException("The submission has no decision to audit.", nameof(decided));
        await Table.EnsureExistsAsync(cancellationToken);
        var entry = new TableEntity(decided.Id, RowKeyOf(decision))
        {
            ["Editor"] = BoundedText.Bound(decision.DecidedBy, BoundedText.Short),
            ["At"] = decision.DecidedAt,
            ["Channel"] = decision.Channel,
            ["Link"] = link ?? "",
            ["DecisionId"] = decision.DecisionId,
            ["FromStatus"] = decision.FromStatus.ToString(),
            ["ToStatus"] = decision.Status.ToString(),
            ["Reason"] = BoundedText.Bound(decision.Reason ?? "", BoundedText.Detail),
        };
        LongTextProperties.Write(entry, "Changes", LongTextProperties.Serialize(ReviewChanges.Of(decided)), MaxChangesCharacters);
        try
        {
            await Table.AddEntityAsync(entry, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already recorded by an earlier try of the same decision.
        }
    }

    /// <summary>The submission's entries, newest first.</summary>
    public async Task<IReadOnlyList<ReviewAuditEntry>> ListAsync(string submissionId, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entries = new List<ReviewAuditEntry>();
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {submissionId}"), cancellationToken: cancellationToken))
            entries.Add(new ReviewAuditEntry(e.GetDateTimeOffset("At") ?? default, e.GetString("Editor") ?? "", e.GetString("Channel") ?? "",
                e.GetString("FromStatus") ?? "", e.GetString("ToStatus") ?? "", e.GetString("Reason") ?? ""));
        return entries;
    }
}
