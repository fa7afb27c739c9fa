using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;
using static Bulletin.Tests.UpperLevels.UpperLevelsHost;

namespace Bulletin.Tests.UpperLevels;

/// <summary>上报 through the local host: one mail to the configured office, one DOCX per item headed with 报送单位,
/// 审签人, 执笔人, 电话; a repeat sends nothing more.</summary>
[Collection(nameof(UpperLevelsHostCollection))]
public sealed class ForwardEndToEndTests(UpperLevelsHostFixture app)
{
    private const string Office = "河南省委办公厅信息处";
    private const string OfficeAddress = "xinxi@ha.example.org";

    [Fact]
    public async Task Two_items_forwarded_together_go_in_one_mail_with_a_headed_docx_each_and_a_repeat_sends_nothing()
    {
        var first = await app.AdoptedSubmissionAsync("新安路街道老旧小区改造", "新安路街道完成老旧小区改造十二个，惠及居民三千余户。\n\n审签：孙德明  执笔：陈静  电话：0371-68900001");
        var second = await app.AdoptedSubmissionAsync("新安路街道社区食堂开张");
        var before = (await app.Http.MailsToAsync(OfficeAddress)).Count;
        var body = new { office = Office, submissions = new[] { first, second } };

        var forwarded = await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/api/forwards", JsonContent.Create(body));
        var repeat = await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/api/forwards", JsonContent.Create(body));
        var mails = (await app.Http.MailsToAsync(OfficeAddress)).Skip(before).ToList();
        var listed = await (await app.Http.SendAsOperatorAsync(HttpMethod.Get, $"/api/submissions/{first}/forwards")).Content.ReadFromJsonAsync<JsonArray>();

        Assert.Equal(HttpStatusCode.Created, forwarded.StatusCode);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        var mail = Assert.Single(mails);
        var attachments = mail["attachments"]!.AsArray();
        Assert.Equal(2, attachments.Count);
        var header = HeaderOf(attachments.Single(a => a!["filename"]!.ToString().Contains(first))!);
        Assert.Equal(["报送单位：新安路街道", "审签人：孙德明", "执笔人：陈静", "电话：0371-68900001"], header);
        Assert.Equal(Office, Assert.Single(listed!)!["office"]!.ToString());
    }

    [Fact]
    public async Task An_office_not_configured_is_refused_with_the_offices_to_choose_from()
    {
        var id = await app.AdoptedSubmissionAsync("新安路街道文明实践");

        var refused = await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/submissions/{id}/forwards", JsonContent.Create(new { office = "某某办" }));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(Office, (await refused.Content.ReadFromJsonAsync<JsonNode>())!["detail"]!.ToString());
    }

    /// <summary>The first four paragraphs of an attached DOCX.</summary>
    private static string[] HeaderOf(JsonNode attachment)
    {
        using var stream = new MemoryStream(Convert.FromBase64String(attachment["content"]!.ToString()));
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Take(4).Select(p => p.InnerText).ToArray();
    }
}
