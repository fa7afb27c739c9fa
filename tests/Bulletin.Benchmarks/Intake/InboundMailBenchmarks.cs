using BenchmarkDotNet.Attributes;
using Bulletin.Intake;
using Bulletin.Intake.Inbound;
using Bulletin.Tests.Intake.Inbound;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MimeKit;

namespace Bulletin.Benchmarks.Intake;

/// <summary>From SendGrid's request body to the articles in it: parsing (both modes) and extraction. Targets:
/// parsed mode with a 1 MB .docx under 20 ms, raw mode with a 5 MB attachment under 60 ms (medians), allocation under 4× the payload.</summary>
[MemoryDiagnoser]
public class InboundMailBenchmarks
{
    private byte[] _parsed = [];
    private string _parsedContentType = "";
    private byte[] _raw = [];
    private string _rawContentType = "";

    [GlobalSetup]
    public void BuildPayloads()
    {
        var docx = ArticleDocx(imageBytes: 1024 * 1024);
        var parsed = SendGridPayloadBuilder.Parsed("zgh.xinxi@example.org", "区总工会信息", "请审阅附件。",
            attachments: ("区总工会稿件.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx));
        (_parsed, _parsedContentType) = (parsed.Build(), parsed.ContentType);

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("xinanlu.xinxi@example.org"));
        message.To.Add(MailboxAddress.Parse("tougao@parse.example.org"));
        message.Subject = "【报送】新安路街道信息";
        var body = new BodyBuilder { TextBody = "请审阅附件。" };
        body.Attachments.Add("新安路街道稿件.docx", ArticleDocx(imageBytes: 0));
        body.Attachments.Add("现场照片.jpg", RandomBytes(5 * 1024 * 1024));
        message.Body = body.ToMessageBody();
        using var mime = new MemoryStream();
        message.WriteTo(mime);
        var raw = SendGridPayloadBuilder.Raw(mime.ToArray(), "xinanlu.xinxi@example.org");
        (_raw, _rawContentType) = (raw.Build(), raw.ContentType);
        Console.WriteLine($"// payloads: parsed {_parsed.Length:N0} bytes, raw {_raw.Length:N0} bytes");
    }

    [Benchmark]
    public Task<int> ParsedModeWith1MBDocx() => ParseAndExtractAsync(_parsed, _parsedContentType);

    [Benchmark]
    public Task<int> RawModeWith5MBAttachment() => ParseAndExtractAsync(_raw, _rawContentType);

    private static async Task<int> ParseAndExtractAsync(byte[] payload, string contentType)
    {
        var parsed = await SendGridInboundParser.ParseAsync(new MemoryStream(payload, writable: false), contentType, CancellationToken.None);
        var (articles, refusals) = MailArticles.From(parsed.Message ?? throw new InvalidOperationException(parsed.Error));
        return articles.Count == 1 ? articles[0].Article.Paragraphs.Count : throw new InvalidOperationException(string.Join(" ", refusals));
    }

    /// <summary>The seed's 区总工会 article style: a bold lead title run into the body, a few paragraphs, optionally a photo.</summary>
    private static byte[] ArticleDocx(int imageBytes)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var paragraphs = new List<OpenXmlElement>
            {
                new Paragraph(new Run(new RunProperties(new Bold()), new Text("区总工会点滴关爱助力疫情防控工作")),
                    new Run(new Text("自抗击疫情工作开展以来，区总工会积极发挥工会组织的重要作用。") { Space = SpaceProcessingModeValues.Preserve })),
            };
            for (var i = 0; i < 20; i++)
                paragraphs.Add(new Paragraph(new Run(new Text($"第{i + 1}段：区总工会推出了一系列关心关爱广大职工的举措，真真切切的将党和政府的关怀送到广大职工群众手中。"))));
            main.Document = new Document(new Body(paragraphs));
            if (imageBytes > 0)
            {
                var image = main.AddImagePart(ImagePartType.Jpeg);
                using var data = new MemoryStream(RandomBytes(imageBytes));
                image.FeedData(data);
            }
        }
        return stream.ToArray();
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
