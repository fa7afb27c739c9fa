namespace Bulletin.Review;

/// <summary>The queues of the review steps.</summary>
public static class ReviewQueues
{
    /// <summary>Decisions whose notice the submitter has still to be sent (SubmissionDecided).</summary>
    public const string SubmissionDecided = "submission-decided";
}

/// <summary>Queue message: a decision was taken; the submitter is to be told.</summary>
public sealed record SubmissionDecided(string SubmissionId, string DecisionId);
