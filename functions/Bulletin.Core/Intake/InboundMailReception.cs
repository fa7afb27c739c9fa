using Bulletin.Intake.Storage;
using Bulletin.Storage;

namespace Bulletin.Intake;

/// <summary>Accepts one Inbound Parse request: stored as received, then queued for <see cref="InboundMailProcessor"/>.
/// Only after both may the caller be told it is received; a failure of either must reach SendGrid as non-2xx.</summary>
public sealed class InboundMailReception(InboundMailStore store, MessageQueues queues)
{
    public async Task<InboundDelivery> AcceptAsync(Stream body, string contentType, CancellationToken cancellationToken)
    {
        var delivery = await store.SaveAsync(body, contentType, cancellationToken);
        await queues.SendAsync(IntakeQueues.InboundMail, delivery, cancellationToken);
        return delivery;
    }
}
