using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Dashboard;

/// <summary>What the dashboard tests do to the local host: submit by mail, ask for and follow sign-in links, and post
/// forms as a browser would, holding the session cookie by hand (the fixture's client keeps no one's cookie).</summary>
internal static partial class DashboardHost
{
    public const string Hao = "hao.jie@example.org";
    /// <summary>The 签发人 of the sample settings (<c>Bulletin__SignOffAddress</c>), who alone signs a draft off.</summary>
    public const string Signer = "song.wenhua@example.org";
    public const string Submitter = "xinanlu.xinxi@example.org";

    /// <summary>A client that neither follows redirects nor keeps cookies, so each test says exactly what it sends.</summary>
    public static HttpClient Client(this BulletinAppFixture app) =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.Host.BaseAddress };

    public static async Task<HttpResponseMessage> AskForSignInAsync(this HttpClient http, string email) =>
        await http.PostAsync("/api/dashboard/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email }));

    /// <summary>The sign-in mails sent to <paramref name="email"/>, oldest first.</summary>
    public static async Task<List<JsonNode>> SignInMailsAsync(this BulletinAppFixture app, string email) =>
        (await app.Http.MailsToAsync(email)).Where(IsSignInMail).ToList();

    public static bool IsSignInMail(JsonNode mail) =>
        (mail["personalizations"]?[0]?["custom_args"]?["kind"] ?? mail["custom_args"]?["kind"])?.ToString() == "dashboard-sign-in";

    /// <summary>Asks for a link for <paramref name="email"/> and reads it out of the new mail, as a path on the local host.</summary>
    public static async Task<string> SignInLinkAsync(this BulletinAppFixture app, string email)
    {
        var before = (await app.SignInMailsAsync(email)).Count;
        using var http = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await http.AskForSignInAsync(email)).StatusCode);
        return LinkOf((await Eventually.GetAsync(() => app.SignInMailsAsync(email), m => m.Count > before, because: "the sign-in mail is sent")).Last());
    }

    public static string LinkOf(JsonNode mail)
    {
        var html = mail["content"]!.AsArray().First(c => c!["type"]!.ToString() == "text/html")!["value"]!.ToString();
        return new Uri(WebUtility.HtmlDecode(Href().Match(html).Groups[1].Value)).PathAndQuery;
    }

    /// <summary>Signs in through the mailed link and its confirm button; returns the session cookie ("name=value").</summary>
    public static async Task<string> SignInAsync(this BulletinAppFixture app, string email = Hao)
    {
        var link = await app.SignInLinkAsync(email);
        using var http = app.Client();
        var page = await (await http.GetAsync(link)).Content.ReadAsStringAsync();
        var confirmed = await http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["proof"] = ProofOf(page) }));
        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
        return confirmed.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    public static Task<HttpResponseMessage> GetAsync(this HttpClient http, string path, string cookie) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "Cookie", cookie } } });

    public static Task<HttpResponseMessage> PostAsync(this HttpClient http, string path, string cookie, Dictionary<string, string> form) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Headers = { { "Cookie", cookie } }, Content = new FormUrlEncodedContent(form) });

    /// <summary>Adopts submission <paramref name="id"/> on the dashboard as an editor would: its page, then the form with the page's proof,
    /// with the editor's light edits of title and text (paragraphs separated by a blank line) if given.</summary>
    public static async Task AdoptOnDashboardAsync(this HttpClient http, string cookie, string id, string? title = null, string? text = null)
    {
        var page = await (await http.GetAsync($"/api/dashboard/submissions/{id}", cookie)).Content.ReadAsStringAsync();
        var form = new Dictionary<string, string> { ["proof"] = ProofOf(page), ["choice"] = "adopt", ["reason"] = "" };
        if (title is not null)
            form["title"] = title;
        if (text is not null)
            form["text"] = text;
        var adopted = await http.PostAsync($"/api/dashboard/submissions/{id}", cookie, form);
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
    }

    public static string ProofOf(string page) => WebUtility.HtmlDecode(Proof().Match(page).Groups[1].Value);

    /// <summary>Posts an article from <see cref="Submitter"/> as SendGrid would and waits until it is registered; returns its id.</summary>
    public static async Task<string> SubmitByMailAsync(this BulletinAppFixture app, string title, string text = "近日，新安路街道组织志愿者开展环境整治活动，清理卫生死角二十余处。") =>
        (await IntakeHost.SubmitByMailAsync(app, Submitter, title, text)).RowKey;

    public static async Task<TableEntity> SubmissionAsync(this BulletinAppFixture app, string id) =>
        (await app.Tables.GetTableClient("submissions").GetEntityAsync<TableEntity>(id[..6], id)).Value;

    /// <summary>The audit entries of a submission, newest first.</summary>
    public static async Task<List<TableEntity>> AuditAsync(this BulletinAppFixture app, string id)
    {
        var table = app.Tables.GetTableClient("audit");
        await table.CreateIfNotExistsAsync();
        var entries = new List<TableEntity>();
        await foreach (var entry in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}")))
            entries.Add(entry);
        return entries;
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
    [GeneratedRegex("name=\"proof\" value=\"([^\"]*)\"")]
    private static partial Regex Proof();
}
