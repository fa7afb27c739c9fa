using System.Text;
using Bulletin.Issues;
using Bulletin.Issues.Storage;
using Bulletin.Mail;
using Bulletin.Markup;

namespace Bulletin.Distribution;

/// <summary>The issue mail every recipient gets, composed in this one place: subject "上街信息 2020年第20期", the issue's
/// stored HTML as the body with a line linking to the archive (往期简报) and its photos as inline parts, a plain-text
/// alternative, the stored DOCX and PDF attached. No List-Unsubscribe: these are official recipients, not a mailing list.</summary>
public static class IssueMailComposer
{
    public static string Subject(AssembledIssue issue) => $"{issue.SeriesName} {issue.Year}年第{issue.Number}期";

    /// <param name="storedHtml">The HTML document stored when the issue was published, sent as it was archived.</param>
    /// <param name="archiveLink">The signed link to the recipients' archive page (<see cref="Issues.Archive.IssueArchiveLinks"/>).</param>
    public static BulkMail Compose(AssembledIssue issue, string storedHtml, string archiveLink, IReadOnlyList<IssueDocument> attachments,
        IReadOnlyList<BulkMailRecipient> recipients)
    {
        var (html, photos) = InlinePhotos.Extract(WithArchiveLink(storedHtml, archiveLink));
        return new(Subject(issue), Text(issue.ToBulletinIssue()) + ArchiveText + archiveLink + Environment.NewLine, Html.Raw(html),
            recipients, [.. attachments.Select(d => new MailAttachment(d.FileName, d.ContentType, d.Content)), .. photos]);
    }

    private const string ArchiveText = "往期简报（可查看和下载）：";

    /// <summary>The stored document stays as archived; the link goes in just before its end, outside the issue's own layout.</summary>
    public static string WithArchiveLink(string storedHtml, string archiveLink)
    {
        var line = Html.Of($"<p style=\"margin:24px auto 0;max-width:640px;font-size:14px;color:#555;text-align:center\">{ArchiveText}" +
            $"<a href=\"{archiveLink}\" style=\"color:#b00000\">往期简报</a></p>").ToString();
        var end = storedHtml.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? storedHtml + line : storedHtml.Insert(end, line);
    }

    /// <summary>The issue as plain text, for mail clients that do not show HTML.</summary>
    public static string Text(BulletinIssue issue)
    {
        var text = new StringBuilder()
            .AppendLine(issue.BulletinName).AppendLine(IssueText.NumberLine(issue))
            .AppendLine($"{issue.Office}    {IssueText.Date(issue.Date)}").AppendLine();
        if (issue.Series is { } series)
            text.AppendLine(series.ToString()).AppendLine();
        foreach (var article in issue.Articles)
        {
            text.AppendLine(article.Title);
            foreach (var paragraph in article.PrintedParagraphs())
                text.AppendLine("    " + paragraph);
            text.AppendLine();
        }
        return text.AppendLine(IssueText.SentUpToLine(issue)).AppendLine(IssueText.IssuedToLine(issue)).AppendLine(IssueText.EditorsLine(issue))
            .AppendLine().AppendLine("正文另附 Word（DOCX）和 PDF 文件。").ToString();
    }
}
