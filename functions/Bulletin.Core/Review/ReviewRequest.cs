namespace Bulletin.Review;

/// <summary>One editor's decision as asked for, before it is checked against the submission's state.</summary>
/// <param name="EditorEmail">From the signed link (or the dashboard's sign-in), never from a form field.</param>
/// <param name="EditedTitle">Adopt only: a changed title; null or unchanged means none.</param>
/// <param name="EditedParagraphs">Adopt only: the changed text; null or unchanged means none.</param>
public sealed record ReviewRequest(
    string SubmissionId, string EditorEmail, ReviewChoice Choice, ReviewChannel Channel,
    string? Reason = null, string? EditedTitle = null, IReadOnlyList<string>? EditedParagraphs = null);
