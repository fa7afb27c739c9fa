using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Operations;

[Collection(nameof(BulletinAppHostCollection))]
public sealed class TestMailTests(BulletinAppHostFixture app)
{
    [Fact]
    public async Task A_test_mail_goes_through_the_real_SendGrid_client_to_the_outbox()
    {
        var recipient = $"officer-{Guid.NewGuid():N}@example.org";

        var response = await PostAsync(new { to = recipient }, OperatorHttp.Key);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var outbox = await app.Http.GetFromJsonAsync<JsonArray>("/dev/outbox.json");
        var mail = Assert.Single(outbox!, item => item!["request"]!.ToJsonString().Contains(recipient))!;
        var request = mail["request"]!;
        Assert.Equal("bulletin@example.org", request["from"]!["email"]!.ToString());
        Assert.Equal("上街信息 测试邮件", request["personalizations"]![0]!["subject"]?.ToString() ?? request["subject"]!.ToString());
        Assert.Contains("测试邮件", request["content"]![0]!["value"]!.ToString());
    }

    [Fact]
    public async Task A_test_mail_without_the_operator_key_is_refused_and_nothing_is_sent()
    {
        var recipient = $"intruder-{Guid.NewGuid():N}@example.org";

        var response = await PostAsync(new { to = recipient }, "wrong-key-wrong-key-wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var outbox = await app.Http.GetStringAsync("/dev/outbox.json");
        Assert.DoesNotContain(recipient, outbox);
    }

    [Fact]
    public async Task A_test_mail_to_a_malformed_address_gets_a_Chinese_explanation()
    {
        var response = await PostAsync(new { to = "不是地址" }, OperatorHttp.Key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("收件地址无效", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_test_mail_posted_as_curl_d_sends_it_is_read_and_malformed_json_gets_400()
    {
        var recipient = $"curl-{Guid.NewGuid():N}@example.org";

        var asCurl = await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/api/operations/test-mail",
            new StringContent($"{{\"to\":\"{recipient}\"}}", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        var malformed = await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/api/operations/test-mail", new StringContent("{to:"));

        Assert.Equal(HttpStatusCode.Accepted, asCurl.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(object body, string key) =>
        app.Http.SendAsOperatorAsync(HttpMethod.Post, "/api/operations/test-mail", JsonContent.Create(body), key);
}
