using Bulletin.Directory;
using Bulletin.Intake.Extraction;

namespace Bulletin.Intake;

/// <summary>Registers an article uploaded on a unit's submission page or through the API: pasted text, or a document.</summary>
public sealed class UploadIntake(DirectoryQuery directory, SubmissionRegistrar registrar, ISolicitationAnswers solicitations,
    Microsoft.Extensions.Options.IOptions<IntakeOptions> options, TimeProvider clock)
{
    public async Task<UploadResult> SubmitAsync(ArticleUpload upload, CancellationToken cancellationToken)
    {
        var submitter = await directory.FindByEmailAsync(upload.SubmitterEmail, cancellationToken);
        if (submitter is null || submitter.Unit != upload.Unit)
            return UploadResult.Refused($"{upload.SubmitterEmail} 不是{upload.Unit}在通讯录中登记的人员。请从名单中选择报送人，或联系编辑部更新通讯录。");

        var extraction = upload.File is { } file
            ? ArticleExtractor.FromFile(new MemoryStream(file.Content.ToArray(), writable: false), file.FileName, null)
            : ArticleExtractor.FromMailText(upload.Text ?? "");
        if (extraction.Article is not { Paragraphs.Count: > 0 } article)
            return UploadResult.Refused(extraction.Refusal ?? "稿件没有正文：请粘贴正文或上传 .docx、.doc、.txt、.pdf 文件。");
        var title = !string.IsNullOrWhiteSpace(upload.Title) ? upload.Title.Trim() : article.Title;
        if (string.IsNullOrWhiteSpace(title))
            return UploadResult.Refused("请填写稿件标题。");
        if (title.Length > ArticleLimits.MaxTitleCharacters)
            return UploadResult.Refused($"标题共 {title.Length} 字，超过 {ArticleLimits.MaxTitleCharacters} 字的上限。请缩短标题后再报送。");
        if (ArticleLimits.TextProblem(article.Paragraphs) is { } tooLong)
            return UploadResult.Refused($"稿件未登记：{tooLong}");

        var signed = upload.Signatories.Or(SignatoryLine.Extract(article.Paragraphs).Found);
        if (options.Value.RequireSignatories && !signed.IsComplete)
            return UploadResult.Refused($"请填写{signed.Missing}后再报送（也可以在正文末尾写一行，例如“{Signatories.Example}”）。");

        var now = clock.GetUtcNow();
        // The form's one-time key makes a double click or a resent form register one submission.
        var id = SubmissionId.Create(now, $"upload:{upload.Unit}:{upload.IdempotencyKey}");
        var originals = upload.File is { } original ? new[] { (original.FileName, original.Content) } : [];
        var photos = upload.Photos.Select(p => new ExtractedPhoto(p.FileName, p.Content.ToArray(), p.Caption, null));
        var submission = await registrar.RegisterAsync(new NewSubmission(id, submitter, SubmissionSource.Upload, article with { Title = title, Photos = [.. article.Photos, .. photos] },
            originals, now, null, null) { Signatories = upload.Signatories, SolicitationNumber = await solicitations.ForUploadAsync(upload.SolicitationNumber, upload.Unit, cancellationToken) }, cancellationToken);
        return new UploadResult(submission, null);
    }
}

public sealed record UploadedDocument(string FileName, BinaryData Content);

/// <summary>A photo chosen on the upload page, with its caption (图片说明); placed after the article's text.</summary>
public sealed record UploadedPhoto(string FileName, BinaryData Content, string Caption);

/// <param name="IdempotencyKey">A key the calling system chooses once per article, or <see cref="ContentKey"/>.</param>
public sealed record ArticleUpload(string Unit, string SubmitterEmail, string? Title, string? Text, UploadedDocument? File, string IdempotencyKey)
{
    /// <summary>The solicitation (约稿) the submitter says the article answers, if any.</summary>
    public int? SolicitationNumber { get; init; }

    /// <summary>审签人, 执笔人, 联系电话 from the form or API fields.</summary>
    public Signatories Signatories { get; init; } = Signatories.None;

    /// <summary>Photos chosen with the article (the upload page's <c>photos</c> field).</summary>
    public IReadOnlyList<UploadedPhoto> Photos { get; init; } = [];

    /// <summary>A key from everything the submitter sent, so the same article sent again the same day is the same submission.</summary>
    public string ContentKey()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var part in new[] { Unit, SubmitterEmail, Title ?? "", Text ?? "", File?.FileName ?? "" })
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(part + "\u0000"));
        if (File is not null)
            hash.AppendData(File.Content.ToMemory().Span);
        foreach (var photo in Photos)
            hash.AppendData(photo.Content.ToMemory().Span);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

public sealed record UploadResult(Submission? Submission, string? Refusal)
{
    public static UploadResult Refused(string refusal) => new(null, refusal);
}
