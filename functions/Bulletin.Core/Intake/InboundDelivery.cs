namespace Bulletin.Intake;

/// <summary>One request SendGrid Inbound Parse posted, stored as received; the queue message that carries it on.</summary>
public sealed record InboundDelivery(string BlobName, string ContentType, DateTimeOffset ReceivedAt);

/// <summary>The queues that chain the intake steps.</summary>
public static class IntakeQueues
{
    /// <summary>Stored inbound requests waiting to be turned into submissions.</summary>
    public const string InboundMail = "inbound-mail";

    /// <summary>New submissions waiting for the review step (SubmissionReceived).</summary>
    public const string SubmissionReceived = "submission-received";
}
