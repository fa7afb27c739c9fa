using Bulletin.Distribution;
using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Review;
using Bulletin.Solicitations;

namespace Bulletin.Operations.PoisonMessages;

/// <summary>Every queue a function of the app reads. After its last failed try the Functions host moves a message to the
/// queue's <c>-poison</c> queue, where nothing reads it: these are the queues the poison list looks into.</summary>
public static class AppQueues
{
    public const string PoisonSuffix = "-poison";

    public static readonly IReadOnlyList<string> All =
    [
        IntakeQueues.InboundMail, IntakeQueues.SubmissionReceived, ReviewQueues.SubmissionDecided, SolicitationQueues.Created,
        DistributionQueues.Requested, DistributionQueues.Batches, IssuePreviewQueue.Name,
        IssuePublishedQueue.Name, Issues.Archive.IssueSearchIndexRebuild.QueueName,
    ];

    public static bool IsAppQueue(string queue) => All.Contains(queue, StringComparer.Ordinal);
}
