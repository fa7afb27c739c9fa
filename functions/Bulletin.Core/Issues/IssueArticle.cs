using System.Text.Json.Serialization;
using Bulletin.Intake;

namespace Bulletin.Issues;

/// <summary>One article of an issue: a lead title run into the first paragraph, the unit closing the last.</summary>
public sealed record IssueArticle(string Title, IReadOnlyList<string> Paragraphs, string Unit)
{
    /// <summary>The 编者按 printed before the article; null: none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EditorsNote { get; init; }

    /// <summary>The article's photos; null for none, so an issue without photos hashes as it always did (<see cref="IssueContentHash"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ArticlePhoto>? Photos { get; init; }

    /// <summary>The photos printed after printed paragraph <paramref name="index"/> of <paramref name="count"/>: each after its
    /// paragraph, those before the first one after it (it carries the lead title), those past the end after the last; only
    /// photos whose bytes are loaded (<see cref="IssuePhotos"/>).</summary>
    public IEnumerable<ArticlePhoto> PhotosAfter(int index, int count) =>
        (Photos ?? []).Where(p => p.Content is not null && Math.Clamp(p.AfterParagraph, 1, Math.Max(count, 1)) - 1 == index);

    /// <summary>The paragraphs as printed: the last one ends with （单位）, added only when the text does not already end so.</summary>
    public IReadOnlyList<string> PrintedParagraphs()
    {
        var paragraphs = Paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var signature = $"（{Unit.Trim()}）";
        if (paragraphs.Count == 0)
            return [signature];
        if (!paragraphs[^1].EndsWith(signature, StringComparison.Ordinal))
            paragraphs[^1] += signature;
        return paragraphs;
    }
}
