using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Dashboard;

/// <summary>Sign-in floods, through the local host with the limits as shipped: 3 mails per address and 20 requests per
/// client in 15 minutes, the same neutral answer whatever happened. Each test is its own client (X-Forwarded-For).</summary>
[Collection(nameof(SignInLimitsCollection))]
public sealed class SignInLimitTests(SignInLimitsHostFixture app)
{
    [Fact]
    public async Task Thirty_sign_in_requests_for_one_address_send_three_mails_and_get_the_same_answer_each_time()
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 30; i++)
            answers.Add(await AskAsync(SignInLimitsHostFixture.Flooded, client: "198.51.100.1"));

        await AssertSameNeutralAnswerAsync(answers);
        await Eventually.GetAsync(() => app.SignInMailsAsync(SignInLimitsHostFixture.Flooded), m => m.Count >= 3, because: "three mails are sent");
        Assert.Equal(3, (await app.SignInMailsAsync(SignInLimitsHostFixture.Flooded)).Count);
    }

    [Fact]
    public async Task Thirty_sign_in_requests_from_one_client_for_thirty_editors_send_twenty_mails_and_another_client_is_still_served()
    {
        var editors = Enumerable.Range(1, SignInLimitsHostFixture.ExtraEditors).Select(n => $"bianji{n}@example.org").ToList();
        var before = await MailCountAsync(editors);
        var answers = new List<HttpResponseMessage>();
        foreach (var editor in editors)
            answers.Add(await AskAsync(editor, client: "198.51.100.2"));
        var other = await AskAsync(DashboardHost.Hao, client: "198.51.100.3");

        await AssertSameNeutralAnswerAsync(answers.Append(other));
        await Eventually.GetAsync(() => MailCountAsync(editors), count => count >= before + 20, because: "twenty mails are sent");
        Assert.Equal(before + 20, await MailCountAsync(editors));
        Assert.Single(await Eventually.GetAsync(() => app.SignInMailsAsync(DashboardHost.Hao), m => m.Count > 0, because: "another client is served"));
    }

    private async Task<HttpResponseMessage> AskAsync(string email, string client)
    {
        using var http = app.Client();
        return await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/dashboard/sign-in")
        {
            Headers = { { "X-Forwarded-For", client } },
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email }),
        });
    }

    private async Task<int> MailCountAsync(IReadOnlyCollection<string> addresses)
    {
        var outbox = await app.Http.GetFromJsonAsync<JsonArray>("/dev/outbox.json") ?? [];
        return outbox.Select(item => item!["request"]!).Count(r => DashboardHost.IsSignInMail(r) &&
            addresses.Contains(r["personalizations"]![0]!["to"]![0]!["email"]!.ToString()));
    }

    private static async Task AssertSameNeutralAnswerAsync(IEnumerable<HttpResponseMessage> answers)
    {
        var bodies = new List<string>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            bodies.Add(await answer.Content.ReadAsStringAsync());
        }
        Assert.Contains("如果该邮箱属于编辑，登录链接已发出", bodies[0]);
        Assert.All(bodies, body => Assert.Equal(bodies[0], body));
    }
}
