using Bulletin.Intake.Inbound;

namespace Bulletin.Intake;

/// <summary>Takes inbound mail that is not a submission (e.g. an editor's reply to a review mail). Asked, in order,
/// after the sender is authenticated and before the mail is read as a submission; the first that handles it wins.</summary>
public interface IInboundMailHandler
{
    bool Handles(InboundMessage message);

    Task HandleAsync(InboundDelivery delivery, InboundMessage message, CancellationToken cancellationToken);
}
