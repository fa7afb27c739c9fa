using Bulletin.Storage;

namespace Bulletin.Issues;

/// <summary>Queue <c>issue-previews</c>: 发送预览 only queues the preview; its step mails each recipient, claimed first.</summary>
public sealed class IssuePreviewQueue(MessageQueues queues)
{
    public const string Name = "issue-previews";

    public Task EnqueueAsync(IssuePreviewRequested message, CancellationToken cancellationToken) =>
        queues.SendAsync(Name, message, cancellationToken);
}

/// <summary>Queue message: mail the preview of draft <paramref name="Year"/>/<paramref name="Number"/> to these people, the
/// 签发人 (the one with <see cref="PreviewRecipient.Signer"/>) with the 签发 link.</summary>
public sealed record IssuePreviewRequested(int Year, int Number, string RequestedBy, IReadOnlyList<PreviewRecipient> Recipients);

public sealed record PreviewRecipient(string Email, string? Name, bool Signer);
