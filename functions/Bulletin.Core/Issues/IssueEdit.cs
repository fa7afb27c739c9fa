using Bulletin.Issues.Markings;

namespace Bulletin.Issues;

/// <summary>A draft as the editor wants it now: the adopted submissions in printed order, the date, the series headline,
/// the 本期送/发 lines and the 责任编辑, with the ETag of the draft the editor saw.</summary>
public sealed record IssueEdit(
    IReadOnlyList<string> SubmissionIds, DateOnly Date, SeriesHeadline? Series, string SentUpTo, string IssuedTo, IReadOnlyList<string> Editors,
    string ETag)
{
    /// <summary>The print markings asked for; <see cref="MarkingsChange.Keep"/> leaves them.</summary>
    public MarkingsChange Markings { get; init; } = MarkingsChange.Keep;

    /// <summary>The 编者按 before the first article (empty: none); null leaves it.</summary>
    public string? EditorsNote { get; init; }

    /// <summary>The 编者按 before each article, by its (first) submission (empty: none); an article not named keeps its own.</summary>
    public IReadOnlyDictionary<string, string> ArticleNotes { get; init; } = new Dictionary<string, string>();
}

public enum IssueEditOutcome
{
    Saved,
    /// <summary>The form asked for the draft as it is; nothing was written.</summary>
    Unchanged,
    /// <summary>Something is missing or not allowed; <see cref="IssueEditResult.Problem"/> says what.</summary>
    Invalid,
    /// <summary>Someone saved the draft after the editor opened it; nothing was written.</summary>
    ChangedMeanwhile,
    /// <summary>Signed off or published: only drafts are edited.</summary>
    NotDraft,
    NotFound,
}

/// <summary>What saving an edit did; <see cref="Issue"/> is the draft as stored now (null when not found).</summary>
public sealed record IssueEditResult(IssueEditOutcome Outcome, AssembledIssue? Issue, string? Problem = null, string? ETag = null);
