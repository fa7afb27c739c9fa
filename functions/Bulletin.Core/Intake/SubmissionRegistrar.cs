using Bulletin.Directory;
using Bulletin.Intake.Extraction;
using Bulletin.Intake.Photos;
using Bulletin.Intake.Storage;
using Bulletin.Mail;
using Bulletin.Statistics;
using Bulletin.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Intake;

/// <summary>Registers an article however it arrived: originals stored, the submission added once, then the receipt
/// and the review message, each recorded as done so that a retry repeats nothing.</summary>
public sealed class SubmissionRegistrar(SubmissionStore submissions, PhotoStore photoStore, MailSender mail, MessageQueues queues,
    ISolicitationAnswers solicitations, IOptions<MailOptions> mailOptions, IOptions<IntakeOptions> intakeOptions, IEnumerable<IStatisticsFeed> statistics,
    ILogger<SubmissionRegistrar> logger)
{
    public async Task<Submission> RegisterAsync(NewSubmission request, CancellationToken cancellationToken)
    {
        var originals = new List<string>();
        for (var i = 0; i < request.Originals.Count; i++)
            originals.Add(await submissions.SaveOriginalAsync(request.Id, i + 1, request.Originals[i].FileName, request.Originals[i].Content, cancellationToken));
        // The 审签/执笔/电话 line is about the article, not part of it: it is taken out and kept apart (fields given win).
        var printable = request.Article.Paragraphs.Select(BoundedText.Printable).ToList();
        var (extracted, signed) = SignatoryLine.Extract(printable);
        var paragraphs = extracted.Count > 0 ? extracted : printable;
        var (photos, photoRefusals) = await SavePhotosAsync(request.Article, paragraphs, cancellationToken);
        var submission = new Submission(request.Id, request.Submitter.Unit, request.Submitter.Email, request.Submitter.Name, request.Source,
            BoundedText.Bound(request.Article.Title, ArticleLimits.MaxTitleCharacters), paragraphs,
            originals, SubmissionStatus.Submitted, request.ReceivedAt, request.MessageId)
        {
            PreviousSubmissionId = request.PreviousSubmissionId, SolicitationNumber = request.SolicitationNumber, Signatories = request.Signatories.Or(signed),
            Photos = photos,
        };
        var (stored, progress, etag) = await submissions.AddIfAbsentAsync(submission, request.InboundBlob, cancellationToken);
        // Recording the answer is idempotent, so a retried step simply records it again.
        if (stored.SolicitationNumber is not null)
            await solicitations.RecordAsync(stored, cancellationToken);
        foreach (var feed in statistics) await feed.SubmissionChangedAsync(stored, cancellationToken);

        // The receipt is claimed before it is sent, so two workers on one submission send it once;
        // if sending throws, the claim is given back and the retried step sends it.
        if (!progress.ReceiptSent && await submissions.TryMarkReceiptAsync(stored.Id, true, etag, cancellationToken) is { } claimed)
        {
            try
            {
                await mail.SendAsync(IntakeMails.Receipt(stored, mailOptions.Value.FromName, intakeOptions.Value.RequireSignatories, photoRefusals), cancellationToken);
            }
            catch
            {
                await submissions.TryMarkReceiptAsync(stored.Id, false, claimed, CancellationToken.None);
                throw;
            }
        }
        // The review message is sent before it is recorded: a duplicate is possible, a loss is not (review ignores duplicates).
        if (!progress.ReviewQueued)
        {
            await queues.SendAsync(IntakeQueues.SubmissionReceived, new SubmissionReceived(stored.Id), cancellationToken);
            await submissions.MarkReviewQueuedAsync(stored.Id, cancellationToken);
        }
        logger.LogInformation("Submission {SubmissionId} from {Unit} registered: {Title}", stored.Id, stored.Unit, stored.Title);
        return stored;
    }

    // Photos are stored before the submission names them (content-hashed, so a retried step writes nothing new).
    private async Task<(IReadOnlyList<ArticlePhoto> Photos, IReadOnlyList<string> Refusals)> SavePhotosAsync(
        ExtractedArticle article, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        var (taken, refusals) = PhotoIntake.Prepare(article.Photos, paragraphs);
        var photos = new List<ArticlePhoto>();
        foreach (var (image, caption, after) in taken)
            photos.Add(new ArticlePhoto(await photoStore.SaveAsync(image, cancellationToken), image.ContentType, image.Width, image.Height,
                image.Orientation, caption, after));
        return (photos, refusals);
    }
}

/// <param name="Id">Derived from the delivery or form, so a repeat registers nothing new (see <see cref="SubmissionId.Create"/>).</param>
public sealed record NewSubmission(
    string Id, DirectoryPerson Submitter, SubmissionSource Source, ExtractedArticle Article,
    IReadOnlyList<(string FileName, BinaryData Content)> Originals, DateTimeOffset ReceivedAt, string? MessageId, string? InboundBlob)
{
    /// <summary>The sent-back submission this one revises, if any.</summary>
    public string? PreviousSubmissionId { get; init; }

    /// <summary>The solicitation (约稿) it answers, checked to address the submitter's unit; null for none.</summary>
    public int? SolicitationNumber { get; init; }

    /// <summary>审签人, 执笔人, 联系电话 given in fields (an upload); what is missing is read from the article.</summary>
    public Signatories Signatories { get; init; } = Signatories.None;
}

/// <summary>Queue message: a new submission is waiting for review.</summary>
public sealed record SubmissionReceived(string SubmissionId);
