namespace Bulletin.Issues;

/// <summary>What an editor asks for when creating an issue: the adopted submissions in printed order and the issue's lines.</summary>
public sealed record IssueDraft(
    IReadOnlyList<string> SubmissionIds, SeriesHeadline? Series, string SentUpTo, string IssuedTo, DateOnly Date, string Editor)
{
    /// <summary>The 责任编辑 as named on the form; none means the creating <see cref="Editor"/>. A series part of
    /// <see cref="SeriesHeadline.NextPart"/> continues the last issue with the same headline.</summary>
    public IReadOnlyList<string> Editors { get; init; } = [];
}

/// <summary>The draft created, or why not.</summary>
public sealed record IssueDraftResult(AssembledIssue? Issue, string? Problem);
