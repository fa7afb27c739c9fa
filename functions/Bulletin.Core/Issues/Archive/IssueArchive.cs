using Bulletin.Issues.Archive.Storage;
using Bulletin.Issues.Storage;

namespace Bulletin.Issues.Archive;

/// <summary>The published issues as readers find them: listed newest first and searched, each with its stored HTML, DOCX
/// and PDF streamed from blob container <c>issues</c>. Read only; drafts and signed-off issues are not in it.</summary>
public sealed class IssueArchive(IssueStore issues, IssueDocumentStore documents, IssueTextSearch fullText)
{
    /// <summary>Published issues matching <paramref name="search"/> within <paramref name="reach"/> (null: all), newest first,
    /// and the years any issue within reach was published in (for the year filter).</summary>
    public async Task<ArchiveListing> ListAsync(ArchiveSearch search, ArchiveReach? reach, CancellationToken cancellationToken)
    {
        var all = await issues.ListHeadsAsync(cancellationToken);
        var lastDate = reach is null ? null : all.FirstOrDefault(i => i.SeriesId == reach.Series && i.Year == reach.Year && i.Number == reach.Number)?.Date;
        var published = all.Where(i => i.State == IssueState.Published && (reach is null || reach.Includes(i, lastDate))).ToList();
        var years = published.Select(i => i.Year).Distinct().Order().Reverse().ToList();
        if (string.IsNullOrWhiteSpace(search.Text))
            return new ArchiveListing(published.Where(search.Matches).ToList(), years);
        // Titles and units as before, and the article text through the full-text index, with a snippet of the match.
        var inReach = published.Select(IssueSearchIndex.RowOf).ToHashSet(StringComparer.Ordinal);
        var hits = (await fullText.SearchAsync(search.Text, null, search.Year, cancellationToken))
            .Where(h => inReach.Contains(IssueSearchIndex.RowOf(h.Issue))).ToDictionary(h => IssueSearchIndex.RowOf(h.Issue));
        var found = published.Where(i => search.Matches(i) || hits.ContainsKey(IssueSearchIndex.RowOf(i))).ToList();
        return new ArchiveListing(found, years)
        {
            Snippets = hits.Where(h => h.Value.Snippet is not null).ToDictionary(h => h.Key, h => h.Value.Snippet!),
        };
    }

    /// <summary>A stored document of a published issue within reach, opened for streaming; null when there is none to give.</summary>
    public async Task<ArchiveDownload?> OpenAsync(string series, int year, int number, IssueDocumentKind kind, ArchiveReach? reach, CancellationToken cancellationToken)
    {
        if (await issues.FindAsync(series, year, number, cancellationToken) is not { Issue: { State: IssueState.Published } issue })
            return null;
        if (reach is not null && !reach.Includes(issue, (await issues.FindAsync(reach.Series, reach.Year, reach.Number, cancellationToken))?.Issue.Date))
            return null;
        return await OpenAsync(issue, kind, cancellationToken);
    }

    /// <summary>A stored document of <paramref name="issue"/> (any series) opened for streaming; null when it is not stored.</summary>
    public async Task<ArchiveDownload?> OpenAsync(AssembledIssue issue, IssueDocumentKind kind, CancellationToken cancellationToken)
    {
        var document = IssueDocument.Of(issue, kind);
        return await documents.OpenAsync(document, cancellationToken) is { } stored ? new ArchiveDownload(document, stored.Content, stored.Length) : null;
    }
}

/// <summary>Issues found, newest first, and every year within reach.</summary>
public sealed record ArchiveListing(IReadOnlyList<AssembledIssue> Issues, IReadOnlyList<int> Years)
{
    /// <summary>For a search, the text around the match of each issue found (keyed by <see cref="IssueSearchIndex.RowOf"/>).</summary>
    public IReadOnlyDictionary<string, IssueSnippet> Snippets { get; init; } = new Dictionary<string, IssueSnippet>();
}

/// <summary>One stored document on its way to a reader: names and type from <paramref name="Document"/>, bytes from the blob.</summary>
public sealed record ArchiveDownload(IssueDocument Document, Stream Content, long Length);
