using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Review;

namespace Bulletin.Tests.UpperLevels;

/// <summary>审签人, 执笔人 and 联系电话 through the local host: read from a mail body, shown to the editors, given as API
/// fields, and (this host requires them for uploads) asked for by name when missing.</summary>
[Collection(nameof(UpperLevelsHostCollection))]
public sealed class SignatoryEndToEndTests(UpperLevelsHostFixture app)
{
    [Fact]
    public async Task The_signatory_line_of_a_mail_body_is_stored_apart_from_the_text_and_shown_in_the_review_mail()
    {
        var title = "区总工会开展职工技能竞赛 " + Guid.NewGuid().ToString("N")[..6];

        var stored = await app.SubmitByMailAsync("zgh.xinxi@example.org", title,
            "区总工会组织职工技能竞赛，二百余名职工参赛，评出技术能手二十名。\n\n审签：韩卫东  执笔：谢婷婷  电话：0371-68912345");
        var reviewMail = (await app.ReviewMailsAsync(stored.RowKey)).Values.First();

        Assert.Equal(("韩卫东", "谢婷婷", "0371-68912345"), (stored.GetString("Approver"), stored.GetString("Author"), stored.GetString("Phone")));
        Assert.DoesNotContain("审签", stored.GetString("Paragraphs"));
        Assert.Contains("审签人：韩卫东", Outbox.TextOf(reviewMail));
        Assert.Contains("联系电话：0371-68912345", Outbox.TextOf(reviewMail));
    }

    [Fact]
    public async Task A_mailed_article_missing_required_signatories_is_registered_and_its_receipt_says_exactly_what_to_add()
    {
        var title = "区总工会走访困难职工 " + Guid.NewGuid().ToString("N")[..6];

        var stored = await app.SubmitByMailAsync("zgh.xinxi@example.org", title,
            "区总工会走访慰问困难职工三十户，送去慰问金和米面油等生活物资。\n\n执笔：谢婷婷");
        var receipt = await Eventually.GetAsync(async () => (await app.Http.MailsToAsync("zgh.xinxi@example.org"))
            .Where(m => Outbox.SubjectOf(m).Contains($"（编号 {stored.RowKey}）", StringComparison.Ordinal) && Outbox.SubjectOf(m).StartsWith("【回执】", StringComparison.Ordinal)).ToList(),
            mails => mails.Count == 1, because: "the receipt is sent once");

        Assert.Equal("谢婷婷", stored.GetString("Author"));
        Assert.Contains("本稿缺少审签人、联系电话", Outbox.TextOf(receipt[0]));
        Assert.Contains("审签：张国强", Outbox.TextOf(receipt[0]));
    }

    [Fact]
    public async Task An_api_upload_missing_a_required_signatory_is_told_what_to_add_and_with_the_fields_it_is_registered()
    {
        var token = await TokenAsync("区总工会");
        object Body(string? phone) => new { submitterEmail = "zgh.xinxi@example.org", title = "区总工会开展普法宣传", text = "区总工会开展普法宣传进企业活动，发放资料五百份。",
            key = Guid.NewGuid().ToString("N"), approver = "韩卫东", author = "谢婷婷", phone };

        var refused = await PostAsync(token, Body(null));
        var accepted = await PostAsync(token, Body("0371-68912345"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请填写联系电话", (await refused.Content.ReadFromJsonAsync<JsonNode>())!["detail"]!.ToString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var created = await accepted.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal(("韩卫东", "谢婷婷", "0371-68912345"), (created!["approver"]!.ToString(), created["author"]!.ToString(), created["phone"]!.ToString()));
    }

    [Fact]
    public async Task The_upload_page_without_signatories_asks_for_them_by_name_and_keeps_what_was_typed()
    {
        var issued = await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/api/directory/units/区总工会/submission-link");
        var link = new Uri((await issued.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.ToString()).PathAndQuery;
        var text = "区总工会开展送温暖活动，走访困难职工五十户。" + Guid.NewGuid().ToString("N")[..6];

        var page = await app.Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["submitter"] = "zgh.xinxi@example.org", ["title"] = "区总工会送温暖", ["text"] = text, ["author"] = "谢婷婷",
        }));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("请填写审签人、联系电话后再报送", html);
        Assert.Contains(text, html);
        Assert.Contains("value=\"谢婷婷\"", html);
    }

    private async Task<string> TokenAsync(string unit)
    {
        var issued = await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/directory/units/{unit}/submission-link");
        return Uri.UnescapeDataString((await issued.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.ToString().Split("token=")[1]);
    }

    private Task<HttpResponseMessage> PostAsync(string token, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return app.Http.SendAsync(request);
    }
}
