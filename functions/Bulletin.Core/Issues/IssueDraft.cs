namespace Bulletin.Issues;

/// <summary>What an editor asks for when creating an issue: the adopted submissions in printed order and the issue's lines.</summary>
public sealed record IssueDraft(
    IReadOnlyList<string> SubmissionIds, SeriesHeadline? Series, string SentUpTo, string IssuedTo, DateOnly Date, string Editor);

/// <summary>The draft created, or why not.</summary>
public sealed record IssueDraftResult(AssembledIssue? Issue, string? Problem);
