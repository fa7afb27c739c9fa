using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Distribution.Delivery.Storage;
using Bulletin.Distribution.Delivery;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Issues;

namespace Bulletin.Tests.Distribution.EndToEnd;

/// <summary>What the distribution tests do to a local host: adopt the seed's two articles, create and sign off an issue on
/// the dashboard, and read the issue mails out of the outbox.</summary>
internal static class DistributionHost
{
    public static readonly int ThisYear = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ChinaTime.Zone).Year;

    /// <summary>Submits the seed's two articles by mail from their units' officers, adopts both, creates an issue of them
    /// with the default 送/发 lines and signs it off; returns the issue's dashboard path.</summary>
    public static async Task<string> PublishSeedIssueAsync(this BulletinAppFixture app, string cookie)
    {
        using var http = app.Client();
        var first = await AdoptAsync(app, http, cookie, "xinanlu.xinxi@example.org", "新安路街道“3个+”保障重点项目有序推进", SeedIssue.Read("seed-article-xinanlu.txt"));
        var second = await AdoptAsync(app, http, cookie, "zgh.xinxi@example.org", "区总工会点滴关爱助力疫情防控工作", SeedIssue.Read("seed-article-zonggonghui.txt"));
        return await app.CreateAndSignOffAsync(cookie, [first, second],
            new("series", "精准服务 主动作为 夺取疫情防控和经济社会发展“双胜利”"), new("part", "4"));
    }

    /// <summary>Creates an issue of the adopted <paramref name="articles"/> in this order with the default 送/发 lines
    /// (and any <paramref name="fields"/>) as the editor of <paramref name="cookie"/>, and signs it off as the 签发人;
    /// returns the issue's dashboard path.</summary>
    public static async Task<string> CreateAndSignOffAsync(this BulletinAppFixture app, string cookie, string[] articles, params KeyValuePair<string, string>[] fields)
    {
        using var http = app.Client();
        var form = await (await http.GetAsync("/api/dashboard/issues", cookie)).Content.ReadAsStringAsync();
        var created = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/dashboard/issues")
        {
            Headers = { { "Cookie", cookie } },
            Content = new FormUrlEncodedContent(
            [
                new("proof", DashboardHost.ProofOf(form)),
                .. articles.SelectMany((id, i) => new KeyValuePair<string, string>[] { new("article", id), new($"order-{id}", $"{i + 1}") }),
                .. fields,
                new("sentTo", "区县处级领导"), new("issuedTo", "峡窝镇、各街道办事处、区直各单位负责同志"), new("date", $"{ThisYear}-03-08"),
            ]),
        });
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        var signer = await app.SignInAsync(DashboardHost.Signer);
        var draft = await (await http.GetAsync(path, signer)).Content.ReadAsStringAsync();
        var signedOff = await http.PostAsync(path, signer, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(draft) });
        Assert.Equal(HttpStatusCode.OK, signedOff.StatusCode);
        Assert.Contains("<strong id=\"state\">已发布</strong>", await signedOff.Content.ReadAsStringAsync());
        return path;
    }

    internal static async Task<string> AdoptAsync(BulletinAppFixture app, HttpClient http, string cookie, string from, string title, string text)
    {
        var id = (await IntakeHost.SubmitByMailAsync(app, from, title, text)).RowKey;
        await http.AdoptOnDashboardAsync(cookie, id);
        return id;
    }

    /// <summary>The host's delivery ledger, as the Event Webhook updates it.</summary>
    public static DeliveryLedger Ledger(this BulletinAppFixture app) =>
        new(app.Tables, new DeliveryBatchStore(app.Tables), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<DeliveryLedger>.Instance);

    /// <summary>The mail/send requests whose subject is <paramref name="subject"/>, oldest first.</summary>
    public static async Task<List<JsonNode>> IssueMailsAsync(this HttpClient http, string subject) =>
        [.. ((await http.GetFromJsonAsync<JsonArray>("/dev/outbox.json")) ?? []).Select(item => item!["request"]!).Where(r => Outbox.SubjectOf(r) == subject)];

    /// <summary>Every recipient address of those requests, one entry per personalization's recipient.</summary>
    public static List<string> Recipients(IEnumerable<JsonNode> mails) =>
        [.. mails.SelectMany(m => m["personalizations"]!.AsArray()).SelectMany(p => p!["to"]!.AsArray()).Select(t => t!["email"]!.ToString().ToLowerInvariant())];

    /// <summary>Waits until the outbox holds <paramref name="count"/> recipients of the subject (and a moment longer checks no more come).</summary>
    public static Task<List<JsonNode>> WaitForRecipientsAsync(this HttpClient http, string subject, int count, TimeSpan? timeout = null) =>
        Eventually.GetAsync(() => http.IssueMailsAsync(subject), mails => Recipients(mails).Count >= count, timeout, because: $"{count} recipients of {subject} are in the outbox");
}
