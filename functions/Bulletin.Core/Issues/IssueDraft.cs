using Bulletin.Issues.Markings;

namespace Bulletin.Issues;

/// <summary>What an editor asks for when creating an issue: the adopted submissions in printed order and the issue's lines.</summary>
public sealed record IssueDraft(
    IReadOnlyList<string> SubmissionIds, SeriesHeadline? Series, string SentUpTo, string IssuedTo, DateOnly Date, string Editor)
{
    /// <summary>The series (刊物) the issue is numbered in.</summary>
    public string SeriesId { get; init; } = Bulletin.Issues.Publications.IssueSeries.DefaultId;

    /// <summary>How the submissions make articles (several in one: a 综合稿); null: one article per submission.</summary>
    public IReadOnlyList<DraftArticle>? Articles { get; init; }

    /// <summary>The 责任编辑 printed; null: <see cref="Editor"/> alone.</summary>
    public IReadOnlyList<string>? Editors { get; init; }

    /// <summary>The print markings asked for over the series' defaults.</summary>
    public MarkingsChange Markings { get; init; } = MarkingsChange.Keep;

    /// <summary>The 编者按 before the first article; null: none.</summary>
    public string? EditorsNote { get; init; }

    /// <summary>The articles asked for: <see cref="Articles"/>, or each of <see cref="SubmissionIds"/> alone.</summary>
    public IReadOnlyList<DraftArticle> ArticlesAsked => Articles ?? SubmissionIds.Select(id => new DraftArticle([id], null, null)).ToList();
}

/// <summary>One article of a new issue: its submissions (several: a 综合稿), and the title and text if the editor wrote them.</summary>
public sealed record DraftArticle(IReadOnlyList<string> SubmissionIds, string? Title, string? Text)
{
    /// <summary>The 编者按 printed before this article; null: none.</summary>
    public string? EditorsNote { get; init; }
}

/// <summary>The draft created, or why not.</summary>
public sealed record IssueDraftResult(AssembledIssue? Issue, string? Problem);
