using System.Text;
using Bulletin.Issues.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Issues;

/// <summary>Renders an issue's HTML, DOCX and PDF from one model and stores them write-once under the issue's prefix;
/// safe to run again for a retried step, refused when other content is already stored. The PDF is set in the office's own
/// fonts where <paramref name="fonts"/> finds them; photos are loaded from storage for rendering (without
/// <see cref="IssuePhotos"/>, as some tests build it, they are left out).</summary>
public sealed class IssuePublisher(IssueDocumentStore documents, ILogger<IssuePublisher> logger, OfficeFonts? fonts = null, IssuePhotos? photos = null)
{
    public async Task<IssuePublishResult> RenderAndStoreAsync(AssembledIssue issue, CancellationToken cancellationToken)
    {
        if (issue.State == IssueState.Draft)
            return new IssuePublishResult(IssuePublishOutcome.NotSignedOff, []);
        var model = issue.ToBulletinIssue();
        var hash = IssueContentHash.Of(model);
        var faces = fonts is null ? IssueFaces.Carried : await fonts.FacesForAsync(model, cancellationToken);
        if (photos is not null)
            model = await photos.LoadAsync(model, cancellationToken);
        IssueDocument[] rendered =
        [
            Document(issue, IssueDocumentKind.Html, Encoding.UTF8.GetBytes(IssueHtmlRenderer.Render(model))),
            Document(issue, IssueDocumentKind.Docx, IssueDocxRenderer.Render(model)),
            Document(issue, IssueDocumentKind.Pdf, IssuePdfRenderer.Render(model, faces)),
        ];
        var writes = new List<IssueDocumentWrite>();
        foreach (var document in rendered)
            writes.Add(await documents.WriteOnceAsync(document, hash, cancellationToken));
        var names = rendered.Select(d => d.BlobName).ToList();
        if (writes.Contains(IssueDocumentWrite.RefusedOtherContent))
        {
            logger.LogWarning("Refused to store issue {Series} {Year}/{Number}: other content is already stored", issue.SeriesId, issue.Year, issue.Number);
            return new IssuePublishResult(IssuePublishOutcome.RefusedOtherContentStored, names);
        }
        logger.LogInformation("Stored the documents of issue {Series} {Year}/{Number} ({Written} written)", issue.SeriesId, issue.Year, issue.Number, writes.Count(w => w == IssueDocumentWrite.Written));
        return new IssuePublishResult(writes.All(w => w == IssueDocumentWrite.AlreadyThere) ? IssuePublishOutcome.AlreadyStored : IssuePublishOutcome.Stored, names);
    }

    private static IssueDocument Document(AssembledIssue issue, IssueDocumentKind kind, byte[] content) =>
        IssueDocument.Of(issue, kind) with { Content = BinaryData.FromBytes(content) };
}

/// <summary>What storing an issue's documents did, and the blob names of its HTML, DOCX and PDF.</summary>
public sealed record IssuePublishResult(IssuePublishOutcome Outcome, IReadOnlyList<string> BlobNames)
{
    public bool Succeeded => Outcome is IssuePublishOutcome.Stored or IssuePublishOutcome.AlreadyStored;
}

public enum IssuePublishOutcome
{
    Stored,
    /// <summary>All three were stored before from the same content: a retried step, nothing written.</summary>
    AlreadyStored,
    /// <summary>Documents of other content are stored for this year and number; nothing is replaced.</summary>
    RefusedOtherContentStored,
    /// <summary>A draft's documents are not published.</summary>
    NotSignedOff,
}
