using System.Text.Json.Serialization;
using Bulletin.Intake;

namespace Bulletin.Issues;

/// <summary>An adopted submission as placed in an issue: where it came from and the text printed. A 综合稿 (an article
/// combined from several submissions) names its first submission and the printed unit line, and lists every contributor
/// in <see cref="Sources"/>.</summary>
public sealed record AssembledArticle(string SubmissionId, string Title, IReadOnlyList<string> Paragraphs, string Unit)
{
    /// <summary>Every submission combined into a 综合稿, in order, with its unit; null for an article of one submission (独编).</summary>
    public IReadOnlyList<ArticleSource>? Sources { get; init; }

    /// <summary>The photos printed with the article, copied from its submissions when it was placed.</summary>
    public IReadOnlyList<ArticlePhoto> Photos { get; init; } = [];

    public bool IsCombined => Sources is { Count: > 1 };

    /// <summary>The 编者按 printed before this article; null: none (and not stored, so older rows read the same).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EditorsNote { get; init; }

    /// <summary>The submissions and units the article was made from: the one, or each of a 综合稿's.</summary>
    public IReadOnlyList<ArticleSource> Contributors => Sources ?? [new ArticleSource(SubmissionId, Unit)];

    public IssueArticle ToIssueArticle() => new(Title, Paragraphs, Unit) { EditorsNote = EditorsNote, Photos = Photos.Count == 0 ? null : Photos };
}

/// <summary>One submission an article was made from, and its unit.</summary>
public sealed record ArticleSource(string SubmissionId, string Unit);
