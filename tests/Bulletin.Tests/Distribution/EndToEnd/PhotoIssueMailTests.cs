using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bulletin.Intake;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Intake.Inbound;
using Bulletin.Tests.Intake.Photos;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace Bulletin.Tests.Distribution.EndToEnd;

/// <summary>An article mailed as a .docx with a phone photo (GPS in its EXIF) and a caption, adopted and published, shows the
/// photo and caption in the issue mail (an inline cid part), its DOCX (the image part) and its PDF (the JPEG passed through);
/// the stored photo has no GPS left.</summary>
[Collection(nameof(DistributionHostCollection))]
public sealed class PhotoIssueMailTests(DistributionHostFixture app)
{
    private const string Sender = "kuangshan.xinxi@example.org";
    private const string Title = "矿山街道便民服务站投入使用";
    private const string Caption = "图为矿山街道便民服务站内景";

    [Fact]
    public async Task A_docx_with_an_inline_JPEG_and_caption_comes_out_with_the_image_in_the_mail_the_DOCX_and_the_PDF()
    {
        var docx = TestPhotos.Docx(Title, "矿山街道新建的便民服务站本月投入使用，为辖区群众提供社保、民政等一站式服务。", TestPhotos.WithExif(TestPhotos.Jpeg),
            Caption, "服务站工作日全天开放，周末安排人员值班。");
        var mail = SendGridPayloadBuilder.Parsed(Sender, "矿山街道稿件", "稿件见附件。", headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.org", Sender),
            attachments: [("便民服务站.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)]);
        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);
        var submission = (await Eventually.GetAsync(() => app.SubmissionsAsync(Sender), all => all.Any(s => s.GetString("Title") == Title),
            because: "the submission is registered")).Single(s => s.GetString("Title") == Title);

        var stored = Assert.Single(JsonSerializer.Deserialize<List<ArticlePhoto>>(submission.GetString("Photos"))!);
        Assert.Equal((Caption, 1), (stored.Caption, stored.AfterParagraph));
        var blob = (await app.Blobs.GetBlobContainerClient("photos").GetBlobClient(stored.Name).DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(-1, blob.AsSpan().IndexOf(TestPhotos.Latitude));
        Assert.Equal(TestPhotos.Jpeg, blob);

        var cookie = await app.SignInAsync();
        using var http = app.Client();
        await http.AdoptOnDashboardAsync(cookie, submission.RowKey);
        var path = await app.CreateAndSignOffAsync(cookie, [submission.RowKey]);
        var number = int.Parse(path[(path.LastIndexOf('/') + 1)..]);
        var issueMail = (await app.Http.WaitForRecipientsAsync($"上街信息 {DistributionHost.ThisYear}年第{number}期", 1))[0];

        var attachments = issueMail["attachments"]!.AsArray().Select(a => a!).ToList();
        var inline = Assert.Single(attachments, a => a["disposition"]?.ToString() == "inline");
        Assert.Equal(TestPhotos.Jpeg, Convert.FromBase64String(inline["content"]!.ToString()));
        var html = issueMail["content"]!.AsArray().First(c => c!["type"]!.ToString() == "text/html")!["value"]!.ToString();
        var image = html.IndexOf($"src=\"cid:{inline["content_id"]}\"", StringComparison.Ordinal);
        Assert.True(image > 0, "the mail's HTML shows the inline part");
        Assert.True(html.IndexOf(Caption, image, StringComparison.Ordinal) > image, "the caption is below the image");
        Assert.DoesNotContain("data:image", html);

        using var word = WordprocessingDocument.Open(new MemoryStream(Attachment(attachments, ".docx")), false);
        using (var part = Assert.Single(word.MainDocumentPart!.ImageParts).GetStream())
        using (var copy = new MemoryStream())
        {
            part.CopyTo(copy);
            Assert.Equal(TestPhotos.Jpeg, copy.ToArray());
        }
        Assert.Contains(Caption, word.MainDocumentPart.Document!.Body!.InnerText);

        using var pdf = PdfDocument.Open(Attachment(attachments, ".pdf"));
        var pdfImage = Assert.Single(pdf.GetPages().SelectMany(p => p.GetImages()));
        Assert.Equal(TestPhotos.Jpeg, pdfImage.RawBytes.ToArray());
        Assert.Contains(Caption, string.Concat(pdf.GetPages().Select(p => p.Text)));
    }

    private static byte[] Attachment(List<JsonNode> attachments, string extension) =>
        Convert.FromBase64String(attachments.Single(a => a["filename"]!.ToString().EndsWith(extension, StringComparison.Ordinal))["content"]!.ToString());
}
