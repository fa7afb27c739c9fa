namespace Bulletin.Intake;

/// <summary>The editor's decision on a submission, as stored with it.</summary>
/// <param name="DecisionId">Names this decision: its audit entry and its notice to the submitter refer to it.</param>
/// <param name="FromStatus">The state it moved the submission from (Submitted, or an earlier decision on the dashboard).</param>
/// <param name="Channel">Where it was taken: link, reply or dashboard.</param>
/// <param name="EditedTitle">The title as adopted, when the editor changed it.</param>
/// <param name="EditedParagraphs">The text as adopted, when the editor changed it.</param>
public sealed record SubmissionDecision(
    string DecisionId, SubmissionStatus FromStatus, SubmissionStatus Status, string DecidedBy, DateTimeOffset DecidedAt, string Channel,
    string? Reason, string? EditedTitle, IReadOnlyList<string>? EditedParagraphs);
