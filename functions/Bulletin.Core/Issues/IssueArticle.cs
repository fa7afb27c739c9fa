using System.Text.Json.Serialization;

namespace Bulletin.Issues;

/// <summary>One article of an issue: a lead title run into the first paragraph, the unit closing the last.</summary>
public sealed record IssueArticle(string Title, IReadOnlyList<string> Paragraphs, string Unit)
{
    /// <summary>The 编者按 printed before the article; null: none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EditorsNote { get; init; }

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
