using Bulletin.Directory;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Review.Storage;
using Bulletin.Statistics;
using Microsoft.Extensions.Logging;

namespace Bulletin.Review;

/// <summary>Takes an editor's decision: checked by the state machine, stored under the submission's ETag (so of two
/// editors at once exactly one wins), then audited and the submitter's notice queued — both safe to repeat.</summary>
public sealed class ReviewDecisionService(SubmissionStore submissions, ReviewAuditLog audit, SubmitterNotices notices, DirectoryStanding standing,
    TimeProvider clock, IEnumerable<IStatisticsFeed> statistics, ILogger<ReviewDecisionService> logger)
{
    /// <param name="link">A fingerprint of the link used, for the audit log; null for other channels.</param>
    /// <param name="allowRedecision">Only the dashboard passes true: links and replies take the first decision only.</param>
    public async Task<ReviewResult> DecideAsync(ReviewRequest request, string? link, bool allowRedecision, CancellationToken cancellationToken)
    {
        if (await RefusalForAsync(request.EditorEmail, cancellationToken) is { } refusal)
            return new ReviewResult(ReviewResultKind.NotAnEditor, null, refusal);
        while (true)
        {
            if (await submissions.FindForUpdateAsync(request.SubmissionId, cancellationToken) is not { } found)
                return new ReviewResult(ReviewResultKind.NotFound, null);
            var (submission, etag, noticeSentFor) = found;
            var normalized = Normalize(request, submission);
            var verdict = ReviewStateMachine.Evaluate(submission.Status, submission.Decision, normalized, allowRedecision);
            switch (verdict.Kind)
            {
                case ReviewVerdictKind.Invalid:
                    return new ReviewResult(ReviewResultKind.Invalid, submission, verdict.Problem);
                case ReviewVerdictKind.AlreadyDecided:
                    return new ReviewResult(ReviewResultKind.AlreadyDecided, submission);
                case ReviewVerdictKind.AlreadyDecidedByYou:
                    // A replay: finish what the first try may have left undone, change nothing else.
                    await FollowUpAsync(submission, noticeSentFor, link, cancellationToken);
                    return new ReviewResult(ReviewResultKind.AlreadyDecidedByYou, submission);
            }

            var decision = new SubmissionDecision(Guid.NewGuid().ToString("N"), submission.Status, verdict.Target!.Value, normalized.EditorEmail,
                clock.GetUtcNow(), normalized.Channel.ToString(), normalized.Reason, normalized.EditedTitle, normalized.EditedParagraphs);
            if (!await submissions.TryRecordDecisionAsync(submission, decision, etag, cancellationToken))
                continue; // Changed since read (another editor, or an intake step): read again and judge anew.

            var decided = submission with { Status = decision.Status, Decision = decision };
            logger.LogInformation("Submission {SubmissionId} {FromStatus} -> {Status} by {Editor} via {Channel}",
                decided.Id, decision.FromStatus, decision.Status, decision.DecidedBy, decision.Channel);
            await FollowUpAsync(decided, null, link, cancellationToken);
            return new ReviewResult(ReviewResultKind.Decided, decided);
        }
    }

    /// <summary>Why <paramref name="editorEmail"/> may not decide now, or null. Links and reply addresses outlive the directory,
    /// so the role is checked at use, whatever the channel; the review page asks before it shows the form.</summary>
    public async Task<string?> RefusalForAsync(string editorEmail, CancellationToken cancellationToken) =>
        await standing.IsEditorialAsync(editorEmail, cancellationToken) ? null : await standing.EditorGoneAsync(editorEmail, cancellationToken);

    private async Task FollowUpAsync(Submission decided, string? noticeSentFor, string? link, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(decided, link, cancellationToken);
        foreach (var feed in statistics) await feed.SubmissionChangedAsync(decided, cancellationToken);
        if (noticeSentFor != decided.Decision!.DecisionId)
            await notices.QueueAsync(decided.Id, decided.Decision.DecisionId, cancellationToken);
    }

    /// <summary>Trims the reason, drops edits that change nothing (or come with another choice than adopt).</summary>
    private static ReviewRequest Normalize(ReviewRequest request, Submission submission)
    {
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (request.Choice != ReviewChoice.Adopt)
            return request with { EditorEmail = request.EditorEmail.Trim().ToLowerInvariant(), Reason = reason, EditedTitle = null, EditedParagraphs = null };
        var title = request.EditedTitle?.Trim();
        var paragraphs = request.EditedParagraphs?.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return request with
        {
            EditorEmail = request.EditorEmail.Trim().ToLowerInvariant(),
            Reason = reason,
            EditedTitle = title is null || title == submission.Title ? null : title,
            EditedParagraphs = paragraphs is null || paragraphs.SequenceEqual(submission.Paragraphs) ? null : paragraphs,
        };
    }
}
