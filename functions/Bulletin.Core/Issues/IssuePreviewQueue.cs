using Bulletin.Storage;

namespace Bulletin.Issues;

/// <summary>Queue <c>issue-previews</c>: 发送预览 only queues the preview; its step mails each recipient, claimed first.</summary>
public sealed class IssuePreviewQueue(MessageQueues queues)
{
    public const string Name = "issue-previews";

    public Task EnqueueAsync(IssuePreviewRequested message, CancellationToken cancellationToken) =>
        queues.SendAsync(Name, message, cancellationToken);
}

/// <summary>Queue message: mail the preview of draft <paramref name="Year"/>/<paramref name="Number"/> of
/// <paramref name="Series"/> (the default series in messages queued before series) to these people, each 签发人 (those
/// with <see cref="PreviewRecipient.Signer"/>) with a 签发 link of their own.</summary>
public sealed record IssuePreviewRequested(int Year, int Number, string RequestedBy, IReadOnlyList<PreviewRecipient> Recipients,
    string Series = Publications.IssueSeries.DefaultId);

public sealed record PreviewRecipient(string Email, string? Name, bool Signer);
