using Bulletin.Issues.Storage;

namespace Bulletin.Issues.Archive;

/// <summary>The published issues as readers find them: listed newest first and searched, each with its stored HTML, DOCX
/// and PDF streamed from blob container <c>issues</c>. Read only; drafts and signed-off issues are not in it.</summary>
public sealed class IssueArchive(IssueStore issues, IssueDocumentStore documents)
{
    /// <summary>Published issues matching <paramref name="search"/> within <paramref name="reach"/> (null: all), newest first,
    /// and the years any issue within reach was published in (for the year filter).</summary>
    public async Task<ArchiveListing> ListAsync(ArchiveSearch search, ArchiveReach? reach, CancellationToken cancellationToken)
    {
        var published = (await issues.ListAsync(cancellationToken))
            .Where(i => i.State == IssueState.Published && (reach is null || reach.Includes(i.Year, i.Number))).ToList();
        return new ArchiveListing(published.Where(search.Matches).ToList(), published.Select(i => i.Year).Distinct().Order().Reverse().ToList());
    }

    /// <summary>A stored document of a published issue within reach, opened for streaming; null when there is none to give.</summary>
    public async Task<ArchiveDownload?> OpenAsync(int year, int number, IssueDocumentKind kind, ArchiveReach? reach, CancellationToken cancellationToken)
    {
        if (reach is not null && !reach.Includes(year, number))
            return null;
        if (await issues.FindAsync(year, number, cancellationToken) is not { Issue: { State: IssueState.Published } issue })
            return null;
        var document = new IssueDocument(issue.Year, issue.Number, issue.BulletinName, kind, BinaryData.Empty);
        return await documents.OpenAsync(document, cancellationToken) is { } stored ? new ArchiveDownload(document, stored.Content, stored.Length) : null;
    }
}

/// <summary>Issues found, newest first, and every year within reach.</summary>
public sealed record ArchiveListing(IReadOnlyList<AssembledIssue> Issues, IReadOnlyList<int> Years);

/// <summary>One stored document on its way to a reader: names and type from <paramref name="Document"/>, bytes from the blob.</summary>
public sealed record ArchiveDownload(IssueDocument Document, Stream Content, long Length);
