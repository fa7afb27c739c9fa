using Bulletin.Issues.Archive.Storage;
using Bulletin.Issues.Storage;
using Bulletin.Markup;

namespace Bulletin.Issues.Archive;

/// <summary>Full-text search of published issues: the bigram index names candidates, their text (<see cref="PublishedIssueCache"/>)
/// confirms each word and gives the snippet. A word of one character cannot use the index; then every published issue is checked.</summary>
public sealed class IssueTextSearch(IssueSearchIndex index, IssueStore issues, PublishedIssueCache texts)
{
    /// <summary>Published issues whose titles, units or article text contain every word of <paramref name="query"/>, within
    /// <paramref name="series"/> and <paramref name="year"/> when given, newest first, each with a snippet of its first match.</summary>
    public async Task<IReadOnlyList<IssueSearchHit>> SearchAsync(string query, string? series, int? year, CancellationToken cancellationToken)
    {
        var words = IssueBigrams.Words(query);
        if (words.Count == 0)
            return [];
        var keys = await index.CandidatesAsync(words, cancellationToken)
            ?? (await issues.ListHeadsAsync(cancellationToken)).Where(i => i.State == IssueState.Published).Select(IssueSearchIndex.RowOf);
        // Keys name series and year, so issues outside the ones asked for are not read.
        var candidates = await texts.GetAsync(keys.Where(k => (series is null || k.StartsWith(series + "|", StringComparison.Ordinal))
            && (year is null || k.Contains($"|{year:D4}|", StringComparison.Ordinal))), cancellationToken);
        return candidates
            .Where(i => (series is null || i.SeriesId == series) && (year is null || i.Year == year))
            .Select(i => Hit(i, words)).OfType<IssueSearchHit>()
            .OrderByDescending(h => h.Issue.Date).ThenBy(h => h.Issue.SeriesId, StringComparer.Ordinal).ThenByDescending(h => h.Issue.Number).ToList();
    }

    /// <summary>The issue with the snippet around its first word's first match, or null when a word is missing.</summary>
    private static IssueSearchHit? Hit(AssembledIssue issue, IReadOnlyList<string> words)
    {
        var texts = issue.Articles.SelectMany(a => new[] { a.Title, a.Unit }.Concat(a.Paragraphs).Select(t => (Article: a, Text: t))).ToList();
        if (!words.All(w => texts.Any(t => t.Text.Contains(w, StringComparison.OrdinalIgnoreCase)) ||
                            issue.Articles.Any(a => a.Contributors.Any(c => c.Unit.Contains(w, StringComparison.OrdinalIgnoreCase)))))
            return null;
        var first = texts.FirstOrDefault(t => t.Text.Contains(words[0], StringComparison.OrdinalIgnoreCase));
        if (first.Text is null)
            return new IssueSearchHit(issue, issue.Articles[0].Title, null);
        return new IssueSearchHit(issue, first.Article.Title, IssueSnippet.Around(first.Text, words[0]));
    }
}

/// <summary>A published issue found, the title of the article matched and the text around the match.</summary>
public sealed record IssueSearchHit(AssembledIssue Issue, string Title, IssueSnippet? Snippet);

/// <summary>Text around a match: <paramref name="Before"/>, the <paramref name="Match"/> as written, <paramref name="After"/>
/// (with … where the text was cut).</summary>
public sealed record IssueSnippet(string Before, string Match, string After)
{
    private const int Context = 24;

    public static IssueSnippet Around(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        var start = Math.Max(0, at - Context);
        var end = Math.Min(text.Length, at + word.Length + Context * 2);
        return new IssueSnippet((start > 0 ? "…" : "") + text[start..at], text.Substring(at, word.Length),
            text[(at + word.Length)..end] + (end < text.Length ? "…" : ""));
    }

    /// <summary>The snippet as HTML: the match in <c>&lt;mark&gt;</c>, the rest encoded.</summary>
    public Html ToHtml() => Html.Of($"{Before}<mark>{Match}</mark>{After}");

    /// <summary>Plain text with the match in 【】.</summary>
    public override string ToString() => $"{Before}【{Match}】{After}";
}
