using Bulletin.Intake.Inbound;

namespace Bulletin.Intake;

/// <summary>Tells whether an inbound mail revises a submission that was sent back (review decides what counts).</summary>
public interface IResubmissionFinder
{
    /// <returns>The id of the sent-back submission the mail revises; null when it is a first submission.</returns>
    Task<string?> PreviousSubmissionIdAsync(InboundMessage message, string submitterEmail, CancellationToken cancellationToken);
}
