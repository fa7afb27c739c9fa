using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>发送预览 when SendGrid fails half-way: the request only queues the preview, and the retried step mails each
/// recipient exactly once, through the local host and the stand-in's throttle.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class IssuePreviewRetryTests(DashboardHostFixture app)
{
    private const string Li = "li.dezhao@example.org";

    [Fact]
    public async Task A_preview_whose_sending_fails_half_way_is_retried_and_mails_each_recipient_exactly_once()
    {
        var cookie = await app.SignInAsync();
        var http = app.Client();
        var article = await app.AdoptAsync(http, cookie, "区总工会开展职工技能竞赛 " + Guid.NewGuid().ToString("N")[..6]);
        var path = await http.CreateDraftAsync(cookie, article.Id);
        // The review step of the article is done first (its mail to Li sent, or skipped as already decided), so the fault
        // below hits the preview and nothing else.
        var reviews = app.Queues.GetQueueClient("submission-received");
        await Eventually.GetAsync(async () => (await reviews.GetPropertiesAsync()).Value.ApproximateMessagesCount, count => count == 0, because: "the review step is done");
        Assert.Equal(HttpStatusCode.OK, (await app.Http.PostAsJsonAsync("/dev/sendgrid/throttle", new { requests = 1, retryAfterSeconds = 1, to = Li })).StatusCode);

        var answer = await PreviewAsync(http, cookie, path);
        if (answer.StatusCode != HttpStatusCode.OK)
            answer = await PreviewAsync(http, cookie, path); // the editor tries again, as anyone would after an error page

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        foreach (var recipient in new[] { DashboardHost.Signer, DashboardHost.Hao, Li })
            Assert.Single(await app.PreviewMailsAsync(recipient, path));
        Assert.Equal(0, (int)(await app.Http.GetFromJsonAsync<JsonObject>("/dev/sendgrid/throttle"))!["remaining"]!);
    }

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient http, string cookie, string path)
    {
        var page = await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync();
        return await http.PostAsync(path + "/preview", cookie, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page) });
    }
}
