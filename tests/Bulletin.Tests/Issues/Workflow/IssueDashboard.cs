using System.Net;
using System.Text.Json.Nodes;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>What the issue tests do on the dashboard over HTTP: adopt submissions, create drafts, post forms whose fields repeat.</summary>
internal static class IssueDashboard
{
    public static readonly int ThisYear = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ChinaTime.Zone).Year;

    /// <summary>Posts a form whose fields may repeat, as checkboxes of one name do.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient http, string path, string cookie, IEnumerable<KeyValuePair<string, string>> fields) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Headers = { { "Cookie", cookie } }, Content = new FormUrlEncodedContent(fields) });

    /// <summary>Submits an article by mail and adopts it on the dashboard; returns its id and title.</summary>
    public static async Task<(string Id, string Title)> AdoptAsync(this DashboardHostFixture app, HttpClient http, string cookie, string title)
    {
        var id = await app.SubmitByMailAsync(title);
        await http.AdoptOnDashboardAsync(cookie, id);
        return (id, title);
    }

    /// <summary>Creates a draft of <paramref name="submissionIds"/> in that order with the default lines; returns its path.</summary>
    public static async Task<string> CreateDraftAsync(this HttpClient http, string cookie, params string[] submissionIds)
    {
        var created = await http.PostFormAsync("/api/dashboard/issues", cookie, await DraftFieldsAsync(http, cookie, submissionIds));
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }

    /// <summary>Signs the draft at <paramref name="issuePath"/> off as the 签发人 on the dashboard, which publishes it; returns the page.</summary>
    public static async Task<string> SignOffOnDashboardAsync(this DashboardHostFixture app, HttpClient http, string issuePath)
    {
        var signer = await app.SignInAsync(DashboardHost.Signer);
        var page = await (await http.GetAsync(issuePath, signer)).Content.ReadAsStringAsync();
        var signedOff = await http.PostAsync(issuePath, signer, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page) });
        Assert.Equal(HttpStatusCode.OK, signedOff.StatusCode);
        return await signedOff.Content.ReadAsStringAsync();
    }

    /// <summary>The fields of 新建一期 choosing <paramref name="submissionIds"/>, with a fresh proof.</summary>
    public static async Task<List<KeyValuePair<string, string>>> DraftFieldsAsync(HttpClient http, string cookie, IReadOnlyList<string> submissionIds)
    {
        var listing = await (await http.GetAsync("/api/dashboard/issues", cookie)).Content.ReadAsStringAsync();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("proof", DashboardHost.ProofOf(listing)), new("sentTo", "区县处级领导"), new("issuedTo", "峡窝镇、各街道办事处、区直各单位负责同志"),
            new("date", $"{ThisYear}-03-08"),
        };
        for (var i = 0; i < submissionIds.Count; i++)
            fields.AddRange([new("article", submissionIds[i]), new($"order-{submissionIds[i]}", $"{i + 1}")]);
        return fields;
    }

    /// <summary>The preview mails of the issue to <paramref name="email"/>, oldest first, once every queued preview has been
    /// sent (发送预览 only queues them; a message leaves the queue when its step succeeded).</summary>
    public static async Task<List<JsonNode>> PreviewMailsAsync(this DashboardHostFixture app, string email, string issuePath)
    {
        var queue = app.Queues.GetQueueClient(Bulletin.Issues.IssuePreviewQueue.Name);
        await queue.CreateIfNotExistsAsync();
        await Eventually.GetAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount, count => count == 0,
            because: "every queued preview is sent");
        return (await app.Http.MailsToAsync(email)).Where(m =>
            Arg(m, "kind") == "issue-preview" && Arg(m, "issue") == IssueArg(issuePath)).ToList();
    }

    /// <summary>"/api/dashboard/issues/2026/7" → "2026-007", as the mails' custom argument names the issue.</summary>
    public static string IssueArg(string issuePath)
    {
        var parts = issuePath.Split('/');
        return $"{parts[^2]}-{int.Parse(parts[^1]):D3}";
    }

    private static string? Arg(JsonNode mail, string key) =>
        (mail["personalizations"]?[0]?["custom_args"]?[key] ?? mail["custom_args"]?[key])?.ToString();

    public static async Task<Azure.Data.Tables.TableEntity> IssueEntityAsync(this DashboardHostFixture app, string issuePath)
    {
        var parts = issuePath.Split('/');
        return (await app.Tables.GetTableClient("issues").GetEntityAsync<Azure.Data.Tables.TableEntity>(parts[^2], $"{int.Parse(parts[^1]):D3}")).Value;
    }
}
