using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>An article over the limit the app states (100,000 characters) gets a clear answer before anything is registered:
/// by mail a reply and the mail held whole, on the upload page a Chinese error with the input kept, by API problem details.</summary>
[Collection(nameof(IntakeHostCollection))]
public sealed class ArticleLimitTests(IntakeHostFixture app)
{
    [Fact]
    public async Task A_mail_with_one_article_over_the_limit_is_held_whole_with_a_reply_saying_what_to_do()
    {
        const string sender = "czj.xinxi@example.org";
        var mail = SendGridPayloadBuilder.Parsed(sender, "区财政局两篇信息", "两篇稿件见附件。", headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.org", sender),
            attachments: [("短稿.txt", "text/plain", Encoding.UTF8.GetBytes("区财政局开展预算绩效培训\n\n" + LongArticle.Text(2_000))),
                ("长稿.txt", "text/plain", Encoding.UTF8.GetBytes("区财政局全年工作总结\n\n" + LongArticle.Text(100_500)))]);

        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);

        var held = Assert.Single(await Eventually.GetAsync(() => app.QuarantineAsync(sender), h => h.Count > 0, because: "the mail is held"));
        Assert.Equal("NoArticle", held.GetString("Reason"));
        var reply = Assert.Single(await Eventually.GetAsync(() => app.Http.MailsToAsync(sender), m => m.Count > 0, because: "the sender is told"));
        Assert.Contains("超过每篇稿件 100000 字的上限", Outbox.TextOf(reply));
        Assert.Contains("分成几篇", Outbox.TextOf(reply));
        await app.InboundProcessedAsync();
        Assert.Empty(await app.SubmissionsAsync(sender));
    }

    [Fact]
    public async Task An_article_over_the_limit_on_the_upload_page_gets_a_Chinese_error_with_the_input_kept()
    {
        var link = await app.SubmissionLinkAsync("区发展和改革委员会");
        var text = LongArticle.Text(100_001);

        var response = await app.Http.PostAsync(link.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["submitter"] = "fgw.xinxi@example.org", ["title"] = "区发改委年度工作总结", ["text"] = text,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("超过每篇稿件 100000 字的上限", page);
        Assert.Contains("value=\"区发改委年度工作总结\"", page);
        Assert.Contains(text[^200..], page);
        Assert.Empty(await app.SubmissionsAsync("fgw.xinxi@example.org"));
    }

    [Fact]
    public async Task The_API_answers_an_article_over_the_limit_or_an_oversized_title_with_problem_details()
    {
        var token = IntakeHost.TokenOf(await app.SubmissionLinkAsync("区发展和改革委员会"));

        var tooLong = await app.SendAsUnitAsync(HttpMethod.Post, "/api/submissions", token, JsonContent.Create(new
        {
            submitterEmail = "fgw.xinxi@example.org", title = "区发改委年度工作总结", text = LongArticle.Text(100_001), key = Guid.NewGuid().ToString(),
        }));
        var longTitle = await app.SendAsUnitAsync(HttpMethod.Post, "/api/submissions", token, JsonContent.Create(new
        {
            submitterEmail = "fgw.xinxi@example.org", title = new string('题', 5_000), text = LongArticle.Text(500), key = Guid.NewGuid().ToString(),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("100000", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, longTitle.StatusCode);
        Assert.Contains("缩短标题", await longTitle.Content.ReadAsStringAsync());
        Assert.Empty(await app.SubmissionsAsync("fgw.xinxi@example.org"));
    }
}
